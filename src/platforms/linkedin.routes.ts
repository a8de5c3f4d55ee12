// Removal routes for LinkedIn, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'in-app',
    label: 'Report it inside LinkedIn',
    how: "Report the post/profile/message in product (More '...' > Report); LinkedIn policies prohibit adult nudity and sexual content",
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'medium',
    sources: [
      'OpenTermsArchive/pga-versions : LinkedIn/Community Guidelines.md (tracks https://www.linkedin.com/legal/professional-community-policies)',
      'https://www.linkedin.com/help/linkedin/answer/a1337576 (read via proxy copy) and https://web.archive.org/web/20240225004928/https://www.linkedin.com/help/linkedin/answer/37822',
    ],
  },
  {
    kind: 'copyright',
    label: 'Notices regarding content posted on LinkedIn (Notice of Copyright Infringement form linked there)',
    url: 'https://www.linkedin.com/help/linkedin/answer/a1339420',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://www.linkedin.com/help/linkedin/answer/a1339420 (read via proxy copy)'],
  },
];
