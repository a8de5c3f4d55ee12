// Removal routes for Bing / Microsoft (OneDrive, Xbox), in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Report non-consensual intimate imagery to Microsoft (Bing results, OneDrive, Xbox)',
    url: 'https://www.microsoft.com/en-us/concern/revengeporn',
    accountNeeded: 'unknown',
    userMustProvide: [
      'name',
      'email',
      'URL(s) of the content',
      'whether you consented to distribution',
      'whether personal information appears with it',
      'optional proof (police report, court order)',
    ],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: [
      'NuGet design document in a public repo (search-index id 39216895157)',
      'https://www.huffingtonpost.co.uk/jacqueline-beauchere/microsoft-revenge-porn_b_7849070.html',
      'http://searchengineland.com/microsofts-revenge-porn-reporting-page-aims-to-remove-explicit-content-from-search-results-225804',
    ],
  },
  {
    kind: 'search-removal',
    label: "Bing 'Report a Concern' (option 'A nonconsensual intimate image of me or someone else appears in Bing search results')",
    url: 'https://www.microsoft.com/en-us/concern/bing',
    accountNeeded: 'unknown',
    userMustProvide: [
      'name',
      'email',
      'URL(s) of the content',
      'whether you consented to distribution',
      'whether personal information appears with it',
      'optional proof (police report, court order)',
    ],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: [
      'ssen-krad/takedown-resource-kit : takedown.html',
      'unattributed public code (search-index hits, e.g. index ids 63403546564, 47887433737, 60961093427)',
    ],
  },
  {
    kind: 'copyright',
    label: 'Notice and Procedure for Making Claims of Copyright Infringement (designated agent details)',
    url: 'https://www.microsoft.com/legal/intellectualproperty/infringement',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Microsoft/Terms of Service.md (tracks https://www.microsoft.com/en-gb/servicesagreement/)'],
  },
  {
    kind: 'copyright',
    label: 'Microsoft copyright (DMCA) concern form',
    url: 'https://www.microsoft.com/en-us/concern/dmca',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['unattributed public code (search-index hits, e.g. index ids 63403546564, 47887433737, 60961093427)'],
  },
];
