// Removal routes for Reddit, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Report form for people without a Reddit account (content policy violations)',
    url: 'https://support.reddithelp.com/hc/en-us/requests/new?ticket_form_id=15968767746196&tf_15968861076756=report_content_policy_violation',
    accountNeeded: false,
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'OpenTermsArchive/pga-versions : Reddit/Community Guidelines.md (tracks https://www.redditinc.com/policies/content-policy and reddithelp articles)',
    ],
  },
  {
    kind: 'ncii',
    label: 'Reddit report page',
    url: 'https://www.reddit.com/report',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'OpenTermsArchive/pga-versions : Reddit/Community Guidelines.md (tracks https://www.redditinc.com/policies/content-policy and reddithelp articles)',
    ],
    note: 'Also the inline report button. Rule 3 prohibits intimate/sexually explicit media posted without permission, including AI-generated or faked depictions.',
  },
  {
    kind: 'copyright',
    label: 'Copyright Report Form',
    url: 'https://support.reddithelp.com/hc/en-us/requests/new?ticket_form_id=16510899084308&tf_16510589022228=contact_form_copyright_infringement_dmca',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: true },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Reddit/Terms of Service.md (tracks https://www.redditinc.com/policies/user-agreement)'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'copyright@reddit.com',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: true, publicly: 'unknown', toLumen: true },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Reddit/Terms of Service.md (tracks https://www.redditinc.com/policies/user-agreement)'],
    note: 'Copyright Agent, Reddit, Inc., 303 2nd Street, Suite 500S, San Francisco, CA 94107',
  },
];
