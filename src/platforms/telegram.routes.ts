// Removal routes for Telegram, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { IN_APP } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Takedown email for illegal public content (include t.me/... links)',
    email: 'abuse@telegram.org',
    accountNeeded: false,
    userMustProvide: ['t.me links or @usernames of the content', 'description'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Telegram/Terms of Service.md (combines https://telegram.org/tos and https://telegram.org/faq)'],
  },
  {
    kind: 'ncii',
    label: 'EU illegal-content (DSA) report form',
    url: 'https://telegram.org/dsa-report',
    accountNeeded: 'unknown',
    userMustProvide: ['t.me links or @usernames of the content', 'description'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Telegram/Community Guidelines.md (tracks https://telegram.org/tos/eu-dsa)'],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Telegram',
    how: "In-app 'Report' on the message (Android: tap; iOS: press and hold; desktop/web: right-click)",
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Telegram/Terms of Service.md (combines https://telegram.org/tos and https://telegram.org/faq)'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'dmca@telegram.org',
    accountNeeded: false,
    userMustProvide: ['copyright owner or authorised agent only', 'links to the public bot/channel/sticker set'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'OpenTermsArchive/contrib-versions : Telegram/Copyright Claims Policy.md (tracks https://telegram.org/faq)',
      'OpenTermsArchive/contrib-versions : Telegram/Terms of Service.md (combines https://telegram.org/tos and https://telegram.org/faq)',
    ],
  },
];
