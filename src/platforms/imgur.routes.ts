// Removal routes for Imgur, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, TIDA_REQUEST } from './route-fields';

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
    userMustProvide: [...DMCA_NOTICE, 'copyright registration number (Imgur reserves the right to ignore notices for unregistered works)'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Imgur/Terms of Service.md (tracks https://imgur.com/tos)'],
    note: 'agent named as Lauren Madison; MediaLab.Ai Inc. c/o Imgur, 1222 6th St., Santa Monica, CA 90401',
  },
];
