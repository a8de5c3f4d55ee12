// Removal routes for Imgur, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: "Email abuse@imgur.com for content that is illegal 'e.g. revenge porn'",
    email: 'abuse@imgur.com',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Imgur/Terms of Service.md (tracks https://imgur.com/tos)'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'abuse@imgur.com',
    accountNeeded: false,
    userMustProvide: [
      'physical or electronic signature',
      'identification of the copyrighted work',
      'URL(s) of the infringing material',
      'contact information (name, postal address, phone, email)',
      'good-faith statement',
      'accuracy statement under penalty of perjury / authority to act',
      'copyright registration number (Imgur reserves the right to ignore notices for unregistered works)',
    ],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Imgur/Terms of Service.md (tracks https://imgur.com/tos)'],
    note: 'agent named as Lauren Madison; MediaLab.Ai Inc. c/o Imgur, 1222 6th St., Santa Monica, CA 90401',
  },
];
