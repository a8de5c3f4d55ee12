// Removal routes for Pornhub (Aylo), in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: "Content Removal Request form (any reason incl. non-consent; also the 'Report' button under each item)",
    url: 'https://www.pornhub.com/content-removal',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['chaynHQ/tools : lib/platform-policies/pornhub.ts', 'https://consumer.ftc.gov/consumer-alerts/2025/09/protecting-kids-and-adults-online'],
  },
  {
    kind: 'ncii',
    label: 'Trust & Safety escalation email (per Chayn)',
    email: 'trustandsafety@aylo.com',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['chaynHQ/tools : lib/platform-reporting-channels/pornhub.ts'],
  },
  {
    kind: 'ncii',
    label: 'Aylo content removal portal (per Chayn)',
    url: 'https://www.aylo.com/removal',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['chaynHQ/tools : lib/platform-reporting-channels/pornhub.ts'],
  },
  {
    kind: 'privacy',
    label: 'Privacy office (per Chayn)',
    email: 'privacy@aylo.com',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['chaynHQ/tools : lib/platform-reporting-channels/pornhub.ts'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'legal@aylo.com',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['chaynHQ/tools : lib/platform-reporting-channels/pornhub.ts'],
    note: 'per Chayn',
  },
];
