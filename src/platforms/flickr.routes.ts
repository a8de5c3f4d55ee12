// Removal routes for Flickr, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'in-app',
    label: 'Report abuse in product (Community Guidelines)',
    url: 'http://www.flickr.com/help/guidelines/',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['OpenTermsArchive/contrib-versions : Flickr/Terms of Service.md (tracks https://www.flickr.com/help/terms)'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'dmca@flickr.com',
    accountNeeded: false,
    userMustProvide: [...DMCA_NOTICE, 'full legal name'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Flickr/Terms of Service.md (tracks https://www.flickr.com/help/terms)'],
    note: 'Flickr, Inc., 548 Market Street, PMB 88969, San Francisco, CA 94104-5401; phone 833-522-8820',
  },
];
