// Removal routes for Tinder / Match Group, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Report by email via the help-center contact form (include reason, profile name/age/bio/photos, screenshots, known location/phone/email)',
    url: 'https://www.help.tinder.com/hc/en-us/articles/115003822043',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ["https://www.help.tinder.com/hc/da/articles/115003822043 (Danish-language copy of 'How to report something that happened on the app')"],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Tinder / Match Group',
    how: 'Report in the app (profile > Report; or from the match list)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ["https://www.help.tinder.com/hc/da/articles/115003822043 (Danish-language copy of 'How to report something that happened on the app')"],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'copyright@match.com',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Tinder/Terms of Service.md (tracks https://policies.tinder.com/terms/intl/en)'],
    note: 'phone 214-576-3272; Copyright Compliance Department c/o Tinder Legal, 8750 N. Central Expressway, Dallas, Texas 75231',
  },
];
