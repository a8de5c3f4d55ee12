// Removal routes for Google Search (NCII removal, Results about you), in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'search-removal',
    label: "Remove explicit or intimate personal images from Google (policy + request link)",
    url: "https://support.google.com/websearch/answer/6302812",
    accountNeeded: 'unknown',
    userMustProvide: [
      "you are shown nude, in a sexual act or intimate state",
      "no consent / made available without consent",
      "not currently being paid for the content",
      "content URLs and search-results page URLs (only submitted URLs are reviewed)",
      "screenshots (adults only; never for minors)",
    ],
    discloses: { toUploader: false, publicly: 'unknown', toLumen: false },
    confidence: 'high',
    sources: [
      "https://support.google.com/websearch/answer/6302812",
    ],
  },
  {
    kind: 'search-removal',
    label: "Explicit non-consensual fake imagery (deepfakes)",
    url: "https://support.google.com/websearch/answer/9116649",
    accountNeeded: 'unknown',
    userMustProvide: [
      "you are shown nude, in a sexual act or intimate state",
      "no consent / made available without consent",
      "not currently being paid for the content",
      "content URLs and search-results page URLs (only submitted URLs are reviewed)",
      "screenshots (adults only; never for minors)",
    ],
    discloses: { toUploader: false, publicly: 'unknown', toLumen: false },
    confidence: 'high',
    sources: [
      "https://support.google.com/websearch/answer/9116649 (read via mirror)",
    ],
  },
  {
    kind: 'search-removal',
    label: "Personal content removal request form (troubleshooter)",
    url: "https://support.google.com/websearch/troubleshooter/9685456",
    accountNeeded: 'unknown',
    userMustProvide: [
      "you are shown nude, in a sexual act or intimate state",
      "no consent / made available without consent",
      "not currently being paid for the content",
      "content URLs and search-results page URLs (only submitted URLs are reviewed)",
      "screenshots (adults only; never for minors)",
    ],
    discloses: { toUploader: false, publicly: 'unknown', toLumen: false },
    confidence: 'medium',
    sources: [
      "unattributed public code (search-index hits, e.g. index ids 58096040730, 53776187741, 60603722886)",
      "https://ncsei-support.org/articles/how-to-submit-a-ncsei-removal-request-on-google-search",
    ],
  },
  {
    kind: 'search-removal',
    label: "In results: three-dot menu > Remove result > 'It shows a sexual image of me' (real or deepfake; multiple images; opt-in filtering of similar results) - rolled out Feb 2026",
    how: "In results: three-dot menu > Remove result > 'It shows a sexual image of me' (real or deepfake; multiple images; opt-in filtering of similar results) - rolled out Feb 2026",
    accountNeeded: 'unknown',
    userMustProvide: [
      "you are shown nude, in a sexual act or intimate state",
      "no consent / made available without consent",
      "not currently being paid for the content",
      "content URLs and search-results page URLs (only submitted URLs are reviewed)",
      "screenshots (adults only; never for minors)",
    ],
    discloses: { toUploader: false, publicly: 'unknown', toLumen: false },
    confidence: 'medium',
    sources: [
      "https://techbriefly.com/2026/02/11/google-launches-search-tool-to-remove-non-consensual-explicit-images/",
    ],
  },
  {
    kind: 'search-removal',
    label: "Results about you (monitor and request removal of results with your phone, email, address; track requests)",
    url: "https://myactivity.google.com/results-about-you",
    accountNeeded: true,
    userMustProvide: [
      "you are shown nude, in a sexual act or intimate state",
      "no consent / made available without consent",
      "not currently being paid for the content",
      "content URLs and search-results page URLs (only submitted URLs are reviewed)",
      "screenshots (adults only; never for minors)",
    ],
    discloses: { toUploader: false, publicly: 'unknown', toLumen: false },
    confidence: 'medium',
    sources: [
      "unattributed public code (search-index hits, e.g. index ids 22932905019, 66350403742, 38005176394)",
      "https://techbriefly.com/2026/02/11/google-launches-search-tool-to-remove-non-consensual-explicit-images/",
      "https://www.nbcdfw.com/news/national-international/google-adds-ways-request-removing-personal-info-search-results/2954023/",
    ],
  },
  {
    kind: 'copyright',
    label: "DMCA removal from Google Search",
    url: "https://reportcontent.google.com/forms/dmca_search",
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: false, publicly: 'unknown', toLumen: true },
    confidence: 'medium',
    sources: [
      "unattributed public code/docs (search-index hits, e.g. index ids 19248621290, 70670870954, 14901169453)",
    ],
    note: "Google's NCII page itself points people who are paid for the content to the DMCA route.",
  },
  {
    kind: 'copyright',
    label: "Google legal removal troubleshooter (other products / legal grounds)",
    url: "https://support.google.com/legal/troubleshooter/1114905",
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: false, publicly: 'unknown', toLumen: true },
    confidence: 'low',
    sources: [
      "unattributed public code (search-index hits, e.g. index ids 58096040730, 53776187741, 60603722886)",
    ],
  },
];
