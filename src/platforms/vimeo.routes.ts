// Removal routes for Vimeo, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Privacy claim form (linked from Guidelines for Privacy Claims)',
    url: 'https://help.vimeo.com/hc/en-us/articles/12427640658065-Guidelines-for-Privacy-Claims',
    accountNeeded: 'unknown',
    userMustProvide: [
      'identifying personal information in the content (image, voice, name, contact details...)',
      'reasonable expectation of privacy / privacy-law basis',
      'court order if you have one',
    ],
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://help.vimeo.com/hc/en-us/articles/12427640658065-Guidelines-for-Privacy-Claims'],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Vimeo',
    how: 'Flag the video (flag icon in player)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['https://help.vimeo.com/hc/en-us/articles/12427640658065-Guidelines-for-Privacy-Claims'],
  },
  {
    kind: 'copyright',
    label: 'Copyright Policy / DMCA takedown',
    url: 'https://vimeo.com/dmca',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: true },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Vimeo/Terms of Service.md (tracks https://vimeo.com/terms)'],
  },
];
