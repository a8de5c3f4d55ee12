// Removal routes for Mastodon / fediverse (instance-level), in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: "Instance admin contact email: /api/v2/instance -> contact.email (also shown on the instance's /about page)",
    how: "Instance admin contact email: /api/v2/instance -> contact.email (also shown on the instance's /about page)",
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://neet.github.io/masto.js/interfaces/mastodon.v2.InstanceContact.html'],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Mastodon / fediverse',
    how: 'Report the post/account to the moderators of your instance (optionally forward to the remote instance)',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://docs.joinmastodon.org/methods/reports/', 'joyeusenoelle/GuideToMastodon : Moderation.md'],
  },
  {
    kind: 'copyright',
    label: "Instance-specific (check /about or the operator's legal page)",
    how: "Instance-specific (check /about or the operator's legal page)",
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['https://neet.github.io/masto.js/interfaces/mastodon.v2.InstanceContact.html'],
  },
];
