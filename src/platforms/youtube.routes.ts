// Removal routes for YouTube, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Privacy Complaint Process / Privacy guidelines (start here for intimate or private content of you; also AI-altered likeness)',
    url: 'https://support.google.com/youtube/answer/142443',
    accountNeeded: 'unknown',
    userMustProvide: ['you must be uniquely identifiable', 'location in the video where you appear', 'first-party or permitted representative'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'https://support.google.com/youtube/answer/142443 (English text read via proxy copy http://gratisproxy.de/...)',
      'https://support.google.com/youtube/answer/2801895',
    ],
  },
  {
    kind: 'privacy',
    label: 'Protecting your identity (privacy removal criteria)',
    url: 'https://support.google.com/youtube/answer/2801895',
    accountNeeded: 'unknown',
    userMustProvide: ['you must be uniquely identifiable', 'location in the video where you appear', 'first-party or permitted representative'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://support.google.com/youtube/answer/2801895'],
  },
  {
    kind: 'in-app',
    label: 'Report it inside YouTube',
    how: 'Flag the video for nudity/sexual content under Community Guidelines (in product)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['https://support.google.com/youtube/answer/142443 (English text read via proxy copy http://gratisproxy.de/...)'],
  },
  {
    kind: 'copyright',
    label: 'Copyright removal request webform (in YouTube Studio > Copyright)',
    url: 'https://www.youtube.com/copyright_complaint_form',
    accountNeeded: true,
    userMustProvide: [
      'contact info (email / physical address / phone)',
      'description of the copyrighted work',
      'specific video URLs (youtube.com/watch?v=...; channel URLs not adequate)',
      'good-faith statement',
      'accuracy/perjury statement',
      'signature (full legal name)',
    ],
    discloses: { toUploader: true, publicly: true, toLumen: false },
    confidence: 'medium',
    sources: [
      'https://support.google.com/youtube/answer/2807622 (read via mirror copies)',
      'unattributed public code (search-index ids 70217820707, 44957587619, 55264957049)',
    ],
    note: 'Help page describes the webform in YouTube Studio; the direct URL is the one used by third-party tools.',
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'copyright@youtube.com',
    accountNeeded: false,
    userMustProvide: [
      'contact info (email / physical address / phone)',
      'description of the copyrighted work',
      'specific video URLs (youtube.com/watch?v=...; channel URLs not adequate)',
      'good-faith statement',
      'accuracy/perjury statement',
      'signature (full legal name)',
    ],
    discloses: { toUploader: true, publicly: true, toLumen: false },
    confidence: 'medium',
    sources: [
      'https://support.google.com/youtube/answer/6005900 (read via mirror google-support.mirrorblogs.com)',
      'unattributed public code (search-index ids 70217820707, 44957587619, 55264957049)',
    ],
    note: 'for email notices; address obfuscated in stored official copy',
  },
];
