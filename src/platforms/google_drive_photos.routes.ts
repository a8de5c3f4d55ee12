// Removal routes for Google Drive / Google Photos, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Report intimate images/videos posted without consent in Blogger, Drive, Groups, Photos, Sites, Classroom (help page with form)',
    url: 'https://support.google.com/blogger/answer/7540088',
    accountNeeded: 'unknown',
    userMustProvide: ['you are identifiable', 'private nude / sexually explicit or intimate imagery', 'made public without consent'],
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://support.google.com/blogger/answer/7540088 (German-language copy read)'],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Google Drive / Google Photos',
    how: 'Google Photos: open photo > More > Report abuse (must be signed in)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://support.google.com/photos/answer/7066109'],
  },
  {
    kind: 'copyright',
    label: 'Google legal removal troubleshooter',
    url: 'https://support.google.com/legal/troubleshooter/1114905',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: true },
    confidence: 'low',
    sources: ['unattributed public code (search-index hits, e.g. index ids 58096040730, 53776187741, 60603722886)'],
  },
];
