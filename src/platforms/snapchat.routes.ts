// Removal routes for Snapchat, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Support-site report form (usable with or without a Snapchat account)',
    url: 'https://help.snapchat.com/hc/en-us/articles/7012399221652-How-do-I-report-abuse-or-illegal-content-on-Snapchat',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/pga-versions : Snapchat/Community Guidelines.md (tracks https://www.snap.com/en-GB/community-guidelines)'],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Snapchat',
    how: 'In-app: press and hold the Snap/chat > Report (a copy of reported media is attached automatically)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://values.snap.com/safety/safety-reporting'],
  },
  {
    kind: 'copyright',
    label: 'Copyright/IP report tool',
    url: 'https://help.snapchat.com/hc/articles/7012332110996',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/pga-versions : Snapchat/Terms of Service.md (tracks https://www.snap.com/en-GB/terms)'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'copyright@snap.com',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/pga-versions : Snapchat/Terms of Service.md (tracks https://www.snap.com/en-GB/terms)'],
    note: 'Snap Inc., Attn: Copyright Agent, 3000 31st Street, Santa Monica, CA 90405',
  },
];
