// Removal routes for 4chan and similar imageboards, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'in-app',
    label: 'Report it inside 4chan and similar imageboards',
    how: 'Report button on the post (board rules)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: [
      'https://www.nbcnews.com/tech/internet/internet-hangout-4chan-adopts-copyright-policy-will-it-work-n196026 and https://www.techi.com/4chan-has-finally-adopted-a-dmca-take-down-policy/',
    ],
  },
  {
    kind: 'copyright',
    label: '4chan DMCA policy page',
    url: 'https://www.4chan.org/dmca',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: [
      'unattributed public code (search-index id 54816337233)',
      'https://www.nbcnews.com/tech/internet/internet-hangout-4chan-adopts-copyright-policy-will-it-work-n196026 and https://www.techi.com/4chan-has-finally-adopted-a-dmca-take-down-policy/',
    ],
  },
];
