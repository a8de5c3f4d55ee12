// Removal routes for TikTok, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: "Privacy report form ('If you think your intimate privacy has been violated on TikTok, report it to us here')",
    url: 'https://www.tiktok.com/legal/report/privacy',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'OpenTermsArchive/pga-versions : TikTok/Community Guidelines.md (tracks https://www.tiktok.com/community-guidelines)',
      'chaynHQ/tools : lib/platform-reporting-channels/tiktok.ts',
    ],
  },
  {
    kind: 'ncii',
    label: 'General report form for illegal content / guideline breaches',
    url: 'https://www.tiktok.com/legal/report/feedback',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : TikTok/Terms of Service.md (tracks https://www.tiktok.com/legal/terms-of-use)'],
  },
  {
    kind: 'copyright',
    label: 'Copyright Infringement Report form (also in-app)',
    url: 'https://www.tiktok.com/legal/report/Copyright',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'OpenTermsArchive/pga-versions : TikTok/Copyright Claims Policy.md (tracks https://www.tiktok.com/legal/copyright-policy)',
      'OpenTermsArchive/contrib-versions : TikTok/Terms of Service.md (tracks https://www.tiktok.com/legal/terms-of-use)',
    ],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'copyright@tiktok.com',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['chaynHQ/tools : lib/platform-reporting-channels/tiktok.ts'],
    note: 'unconfirmed (Chayn lists ; not in the stored official policy',
  },
];
