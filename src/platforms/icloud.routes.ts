// Removal routes for iCloud (shared albums / links), in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Report inappropriate / illegal iCloud content by email',
    email: 'abuse@icloud.com',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : iCloud/Terms of Service.md (tracks https://www.apple.com/legal/internet-services/icloud/en/terms.html)'],
  },
  {
    kind: 'copyright',
    label: 'Apple copyright claims policy (Copyright Agent)',
    url: 'https://www.apple.com/legal/trademark/claimsofcopyright.html',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : iCloud/Terms of Service.md (tracks https://www.apple.com/legal/internet-services/icloud/en/terms.html)'],
  },
];
