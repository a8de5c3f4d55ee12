// Removal routes for Pinterest, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Help Center contact form (privacy complaints, incl. photos of you)',
    url: 'https://help.pinterest.com/en/contact',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['https://help.pinterest.com/en/article/copyright', 'Adobe Experience League docs in public repos (search-index ids 41958679230 etc.)'],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Pinterest',
    how: 'Report the Pin in product (anonymous)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://help.pinterest.com/en/article/report-something-on-pinterest (nl/tl copies read)'],
  },
  {
    kind: 'copyright',
    label: 'Copyright policy / copyright report',
    url: 'https://policy.pinterest.com/en/copyright',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://policy.pinterest.com/en/copyright (read via proxy copy)'],
  },
  {
    kind: 'copyright',
    label: 'Copyright help',
    url: 'https://help.pinterest.com/en/article/copyright',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://help.pinterest.com/en/article/copyright'],
  },
];
