// Removal routes for XVideos, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
// The reference also names a 'Report link on the video page' with no source; it is left out.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Takedown page (cited by one third-party app)',
    url: 'https://info.xvideos.com/takedown',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['unattributed public code (JDownloader plugins, search-index ids 89671380, 28331476862; Android app index id 39916155133)'],
  },
  {
    kind: 'copyright',
    label: 'Terms of Service (legal hub)',
    url: 'https://info.xvideos.com/legal/tos/',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['unattributed public code (JDownloader plugins, search-index ids 89671380, 28331476862; Android app index id 39916155133)'],
  },
];
