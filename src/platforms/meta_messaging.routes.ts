// Removal routes for Messenger / WhatsApp, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';
import { DMCA_NOTICE, IN_APP, TIDA_REQUEST } from './route-fields';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'WhatsApp FAQ page cited by one third-party tool as the NCII route',
    url: 'https://faq.whatsapp.com/1142481766359885',
    accountNeeded: 'unknown',
    userMustProvide: TIDA_REQUEST,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'low',
    sources: ['unattributed public code (search-index ids 68750402233, 69113933817, 51796005254, 71474932864, 59691162985, 62060840396)'],
  },
  {
    kind: 'in-app',
    label: 'Report it inside Messenger / WhatsApp',
    how: 'Report inside the chat (Messenger / Instagram Direct): up to 30 most recent messages of the reported conversation may be reviewed',
    accountNeeded: true,
    userMustProvide: IN_APP,
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['chaynHQ/tools : lib/platform-policies/instagram.ts'],
  },
  {
    kind: 'copyright',
    label: 'WhatsApp Intellectual Property Policy (how to report IP infringement)',
    url: 'https://www.whatsapp.com/legal/updates/ip-policy',
    accountNeeded: 'unknown',
    userMustProvide: DMCA_NOTICE,
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : WhatsApp/Terms of Service.md (tracks https://www.whatsapp.com/legal/updates/terms-of-service-eea)'],
  },
];
