// Removal routes for Dropbox, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Report an issue from the shared content (help icon > Report an issue) or the report form linked on the help page',
    url: 'https://help.dropbox.com/account-settings/report-abuse',
    accountNeeded: 'unknown',
    userMustProvide: ['violation category', 'general description', 'your email'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://help.dropbox.com/account-settings/report-abuse (Indonesian copy read)'],
  },
  {
    kind: 'ncii',
    label: 'Abuse email',
    email: 'abuse@dropbox.com',
    accountNeeded: false,
    userMustProvide: ['violation category', 'general description', 'your email'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['https://help.dropbox.com/account-settings/report-abuse (Indonesian copy read)'],
  },
  {
    kind: 'copyright',
    label: 'Dropbox copyright policy (links to DMCA page/claim form)',
    url: 'https://help.dropbox.com/accounts-billing/security/copyright-policy',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://help.dropbox.com/accounts-billing/security/copyright-policy'],
  },
];
