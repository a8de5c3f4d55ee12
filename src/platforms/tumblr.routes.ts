// Removal routes for Tumblr, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Abuse email (send post permalinks)',
    email: 'abuse@tumblr.com',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: [
      'https://www.esafety.gov.au/esafety-information/games-apps-and-social-networking/tumblr',
      'https://consentlawyers.com/diy-help/takedown-resources/tumblr-takedowns/',
    ],
  },
  {
    kind: 'ncii',
    label: 'Privacy abuse report form',
    url: 'https://www.tumblr.com/abuse/privacy',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['https://consentlawyers.com/diy-help/takedown-resources/tumblr-takedowns/'],
  },
  {
    kind: 'privacy',
    label: 'Harassment form',
    url: 'https://www.tumblr.com/abuse/harassment',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['https://consentlawyers.com/diy-help/takedown-resources/tumblr-takedowns/'],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Tumblr',
    how: 'Flag the post in the app (Report > something else opens the abuse form)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['https://consentlawyers.com/diy-help/takedown-resources/tumblr-takedowns/'],
  },
  {
    kind: 'copyright',
    label: 'DMCA copyright notice form',
    url: 'https://www.tumblr.com/dmca',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'OpenTermsArchive/contrib-versions : Tumblr/Terms of Service.md (tracks https://www.tumblr.com/policy/en/terms-of-service)',
      'https://www.esafety.gov.au/esafety-information/games-apps-and-social-networking/tumblr',
    ],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'dmca@tumblr.com',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Tumblr/Terms of Service.md (tracks https://www.tumblr.com/policy/en/terms-of-service)'],
    note: 'Tumblr, Inc. (Automattic), 60 29th Street #343, San Francisco, CA 94110, Attn: Copyright Agent',
  },
];
