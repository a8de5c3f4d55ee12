// Removal routes for OnlyFans, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Complaints (incl. illegal/non-consensual content) by email to the address in the Complaints Policy (obfuscated in stored copy)',
    how: 'Complaints (incl. illegal/non-consensual content) by email to the address in the Complaints Policy (obfuscated in stored copy)',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['OpenTermsArchive/contrib-versions : OnlyFans/Terms of Service.md / Commercial Terms.md (tracks https://onlyfans.com/terms)'],
  },
  {
    kind: 'ncii',
    label: 'General support email (per Chayn)',
    email: 'support@onlyfans.com',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['chaynHQ/tools : lib/platform-reporting-channels/onlyfans.ts'],
  },
  {
    kind: 'copyright',
    label: 'DMCA form',
    url: 'https://onlyfans.com/dmca',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['chaynHQ/tools : lib/platform-reporting-channels/onlyfans.ts'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'dmca@onlyfans.com',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['chaynHQ/tools : lib/platform-reporting-channels/onlyfans.ts'],
  },
];
