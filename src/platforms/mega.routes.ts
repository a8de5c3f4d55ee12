// Removal routes for MEGA, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'How do I report abuse to MEGA?',
    url: 'https://help.mega.io/security/compliance/report-abuse',
    accountNeeded: false,
    userMustProvide: ['full link including decryption key', 'clear description of the material'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://help.mega.io/security/compliance/report-abuse (zh-hant page, English text)'],
  },
  {
    kind: 'copyright',
    label: 'Copyright notice submission webform / Takedown guidance',
    url: 'https://mega.io/takedown',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: [
      'https://help.mega.io/security/compliance/report-abuse (zh-hant page, English text)',
      'https://mega.io/takedown (read via proxy copy of mega.io/ja/takedown)',
    ],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'copyright@mega.io',
    accountNeeded: false,
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'low',
    sources: ['http://52.91.59.198/... (low-quality page summarising MEGA reporting; names abuse@mega.io and copyright@mega.io)'],
    note: 'third-party; unconfirmed',
  },
];
