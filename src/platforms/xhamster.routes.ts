// Removal routes for xHamster, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Legal contact form (cited by a third-party tool, verified by its author 2026-06-14)',
    url: 'https://xhamster.com/info/contact?subject=legal',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['unattributed public code/docs (search-index ids 59742577139, 60210065314, 56255646788)'],
  },
  {
    kind: 'ncii',
    label: 'Trust & Safety page',
    url: 'https://xhamster.com/info/trust-and-safety',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['unattributed public code/docs (search-index ids 59742577139, 60210065314, 56255646788)'],
  },
  {
    kind: 'copyright',
    label: 'DMCA page (flagged as unverified by the third-party source)',
    url: 'https://xhamster.com/info/dmca',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['unattributed public code/docs (search-index ids 59742577139, 60210065314, 56255646788)'],
  },
];
