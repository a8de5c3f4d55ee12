// Removal routes for Bluesky, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'In-app reporting or feedback form; non-users follow the support page instructions',
    url: 'https://bsky.social/about/support',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Bluesky/Terms of Service.md (tracks https://bsky.social/about/support/tos)'],
  },
  {
    kind: 'copyright',
    label: "Copyright Policy (linked from the official app's report dialog)",
    url: 'https://bsky.social/about/support/copyright',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'OpenTermsArchive/contrib-versions : Bluesky/Terms of Service.md (tracks https://bsky.social/about/support/tos)',
      'https://tangled.org/quilling.dev/social-app/blob/main/src/components/ReportDialog/const.ts (fork of Bluesky social-app)',
    ],
  },
];
