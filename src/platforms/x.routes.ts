// Removal routes for X (Twitter), in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { IN_APP, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: "Private information report form (choose 'An unauthorized photo or video')",
    url: 'https://help.x.com/en/forms/safety-and-sensitive-content/private-information',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'OpenTermsArchive/pga-versions : X/Community Guidelines.md (tracks https://help.x.com/en/rules-and-policies/intimate-media and other X rules pages)',
    ],
  },
  {
    kind: 'take-it-down-act',
    label: 'US TAKE IT DOWN Act report form (no X account needed for US users)',
    url: 'https://help.x.com/forms/safety-and-sensitive-content/take-it-down',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://help.x.com/en/rules-and-policies/us-tida'],
    note: "In-app alternative: post '...' menu > 'Private or Non-Consensual Content > Report content under the US Take It Down Act'.",
  },
  {
    kind: 'in-app',
    label: 'Report it inside X',
    how: "In-app/desktop: Report post > 'It displays a sensitive photo or video' > 'An unauthorized photo or video' > 'It includes unauthorized, intimate content of me or someone else'",
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'OpenTermsArchive/pga-versions : X/Community Guidelines.md (tracks https://help.x.com/en/rules-and-policies/intimate-media and other X rules pages)',
    ],
  },
  {
    kind: 'copyright',
    label: 'Copyright complaint form',
    url: 'https://help.x.com/forms/ipi',
    accountNeeded: false,
    userMustProvide: [
      'physical or electronic signature (typing full name suffices)',
      'identification of the copyrighted work (link or description)',
      'direct link to each post (profile link insufficient) or location (header, avatar)',
      'contact information: address, telephone, email',
      'good-faith statement',
      'accuracy + authority statement under penalty of perjury',
    ],
    discloses: { toUploader: true, publicly: 'unknown', toLumen: false },
    confidence: 'high',
    sources: ['OpenTermsArchive/pga-versions : X/Copyright Claims Policy.md (tracks https://help.x.com/en/rules-and-policies/copyright-policy)'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'copyright@x.com',
    accountNeeded: false,
    userMustProvide: [
      'physical or electronic signature (typing full name suffices)',
      'identification of the copyrighted work (link or description)',
      'direct link to each post (profile link insufficient) or location (header, avatar)',
      'contact information: address, telephone, email',
      'good-faith statement',
      'accuracy + authority statement under penalty of perjury',
    ],
    discloses: { toUploader: true, publicly: 'unknown', toLumen: false },
    confidence: 'low',
    sources: [
      'OpenTermsArchive/pga-versions : X/Copyright Claims Policy.md (tracks https://help.x.com/en/rules-and-policies/copyright-policy)',
      'unattributed public code (search-index ids 53217222199, 68852060217, 54539933282, 45517152494)',
    ],
    note: 'cited only by third-party tools; the address is obfuscated in the stored official policy copy. X steers reporters to the web form help.x.com/forms/ipi; treat email as unconfirmed',
  },
];
