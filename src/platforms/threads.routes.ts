// Removal routes for Threads, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Meta NCII help page (covers Threads)',
    url: 'https://www.meta.com/help/policies/1437976901029950/',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: [
      'chaynHQ/tools : lib/platform-policies/instagram.ts',
      "https://news.linkzpulse.com/?p=154425 (syndicated copy of WIRED 'How to Make Apps and Websites Remove Your Nonconsensual Nudes')",
    ],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Threads',
    how: 'Report in app',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ["https://news.linkzpulse.com/?p=154425 (syndicated copy of WIRED 'How to Make Apps and Websites Remove Your Nonconsensual Nudes')"],
  },
  {
    kind: 'copyright',
    label: 'Instagram copyright form (Threads runs on Instagram accounts; assumption)',
    url: 'https://help.instagram.com/contact/552695131608132',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['unattributed public code (search-index ids 10296040903 [selenium script filling the form], 66130144280, 53136709203)'],
  },
];
