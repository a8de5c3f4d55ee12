// Removal routes for Kick, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'in-app',
    label: 'Report in product; Community Guidelines prohibit release of non-consensual intimate images',
    url: 'https://kick.com/community-guidelines',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['OpenTermsArchive/contrib-versions : Kick/Community Guidelines.md (tracks https://kick.com/community-guidelines)'],
  },
  {
    kind: 'copyright',
    label: 'DMCA Policy',
    url: 'https://kick.com/dmca-policy',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Kick/Copyright Claims Policy.md (tracks https://kick.com/dmca-policy)'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'dmca@kick.com',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: [
      'unattributed public code (search-index id 61780385509, a FloSports DMCA tool)',
      'OpenTermsArchive/contrib-versions : Kick/Copyright Claims Policy.md (tracks https://kick.com/dmca-policy)',
    ],
    note: 'Official page obfuscates the address; a production DMCA tool uses dmca@kick.com',
  },
];
