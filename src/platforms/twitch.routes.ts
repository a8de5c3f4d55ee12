// Removal routes for Twitch, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'in-app',
    label: 'Report it inside Twitch',
    how: 'Report the channel/clip/VOD in product (Community Guidelines prohibit sharing or threatening to share NCII)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['OpenTermsArchive/pga-versions : Twitch/Community Guidelines.md (tracks https://safety.twitch.tv/s/article/Community-Guidelines)'],
  },
  {
    kind: 'copyright',
    label: 'DMCA Guidelines (what to include, where to submit)',
    url: 'https://www.twitch.tv/p/en/legal/dmca-guidelines/',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'https://www.twitch.tv/p/en/legal/dmca-guidelines/ (read via copies)',
      'OpenTermsArchive/contrib-versions : Twitch/Terms of Service.md (tracks https://www.twitch.tv/p/en/legal/terms-of-service/)',
    ],
  },
];
