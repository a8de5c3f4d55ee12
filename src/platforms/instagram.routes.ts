// Removal routes for Instagram, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { IN_APP, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: "Meta Help: 'Report Non-Consensual Intimate Images (NCII) on Meta Platforms'",
    url: "https://www.meta.com/help/policies/1437976901029950/",
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'medium',
    sources: [
      "chaynHQ/tools : lib/platform-policies/instagram.ts",
    ],
  },
  {
    kind: 'ncii',
    label: "Instagram Help: non-consensual intimate images",
    url: "https://help.instagram.com/1769410010008691/",
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'medium',
    sources: [
      "chaynHQ/tools : lib/platform-policies/instagram.ts",
    ],
    note: "Older text: 'If you don't have an Instagram account, you can report things with the help of a friend.'",
  },
  {
    kind: 'ncii',
    label: "Candidate NCII forms cited by third-party tools",
    url: "https://help.instagram.com/contact/584460464982589",
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'low',
    sources: [
      "unattributed public code (search-index ids 68750402233, 69113933817, 51796005254, 71474932864, 59691162985, 62060840396)",
    ],
    note: "Another id cited by third-party code: https://help.instagram.com/contact/504521742987441 (also unconfirmed).",
  },
  {
    kind: 'in-app',
    label: "Report it inside Instagram",
    how: "Report in the app (post, story, profile or Direct message)",
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      "https://about.meta.com/actions/safety/topics/bullying-harassment/ncii",
    ],
  },
  {
    kind: 'copyright',
    label: "Instagram Copyright Report Form",
    url: "https://help.instagram.com/contact/552695131608132",
    accountNeeded: false,
    userMustProvide: [
      "complete contact information (full name, mailing address, phone)",
      "description of the infringing content",
      "URLs leading directly to the content",
      "declarations (good faith; accuracy under penalty of perjury)",
      "signature",
    ],
    discloses: { toUploader: true, publicly: 'unknown', toLumen: true },
    confidence: 'high',
    sources: [
      "https://legalclarity.org/how-to-fill-out-and-submit-the-instagram-dmca-takedown-form/",
      "unattributed public code (search-index ids 10296040903 [selenium script filling the form], 66130144280, 53136709203)",
    ],
    note: "Independent sources agree; one public script drives this exact form. Other ids seen in AI-generated code (3725920394930xx variants) are inconsistent and should not be used.",
  },
  {
    kind: 'dmca-email',
    label: "Copyright agent email",
    email: "ip@fb.com",
    accountNeeded: false,
    userMustProvide: [
      "complete contact information (full name, mailing address, phone)",
      "description of the infringing content",
      "URLs leading directly to the content",
      "declarations (good faith; accuracy under penalty of perjury)",
      "signature",
    ],
    discloses: { toUploader: true, publicly: 'unknown', toLumen: true },
    confidence: 'low',
    sources: [
      "https://help.instagram.com/126382350847838",
      "chaynHQ/tools : lib/platform-reporting-channels/instagram.ts",
    ],
    note: "unconfirmed (help page says 'mail our designated agent'; Chayn lists  for Meta",
  },
];
