// Removal routes for Discord, in the order to try them, reviewed by hand. Each route's
// `sources` names the public pages (the platform's own first) that its facts rest on.
import type { RemovalRoute } from './types';

export const routes: RemovalRoute[] = [
  {
    kind: 'ncii',
    label: 'Discord public report web form (also used for TAKE IT DOWN Act reports in the US)',
    url: 'https://discord.com/report',
    accountNeeded: false,
    userMustProvide: [
      'legal name of the person depicted (required by law for TIDA reports)',
      'link/identification of each piece of media (one report per item)',
      'statement that it was shared without consent',
      'contact email',
      'signature',
    ],
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://support.discord.com/hc/articles/38675715591831'],
    note: 'One report per piece of media; depicted person or authorised representative (parent, guardian, attorney).',
  },
  {
    kind: 'ncii',
    label: 'How to report to Discord (non-users and parents can report)',
    url: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
    accountNeeded: 'unknown',
    userMustProvide: [
      'legal name of the person depicted (required by law for TIDA reports)',
      'link/identification of each piece of media (one report per item)',
      'statement that it was shared without consent',
      'contact email',
      'signature',
    ],
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'high',
    sources: ['https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord'],
  },
  {
    kind: 'ncii',
    label: 'Non-Consensual Adult Intimate Media policy explainer',
    url: 'https://discord.com/safety/non-consensual-intimate-media-policy-explainer',
    accountNeeded: 'unknown',
    userMustProvide: [
      'legal name of the person depicted (required by law for TIDA reports)',
      'link/identification of each piece of media (one report per item)',
      'statement that it was shared without consent',
      'contact email',
      'signature',
    ],
    discloses: { toUploader: false, publicly: false, toLumen: 'unknown' },
    confidence: 'high',
    sources: [
      'https://discord.com/safety/non-consensual-intimate-media-policy-explainer (read via mirror discord.oracle.lucasbaccan.com.br)',
      'OpenTermsArchive/contrib-versions : Discord/Community Guidelines.md (tracks https://discord.com/guidelines)',
    ],
  },
  {
    kind: 'copyright',
    label: 'Copyright & IP Policy (how to file)',
    url: 'https://support.discord.com/hc/articles/4410339349655',
    accountNeeded: 'unknown',
    userMustProvide: ['contact details', 'the original work', 'exact Discord message/server links', 'good-faith and perjury statements'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'high',
    sources: ['OpenTermsArchive/contrib-versions : Discord/Terms of Service.md (tracks https://discord.com/terms)'],
  },
  {
    kind: 'dmca-email',
    label: 'Copyright agent email',
    email: 'copyright@discord.com',
    accountNeeded: false,
    userMustProvide: ['contact details', 'the original work', 'exact Discord message/server links', 'good-faith and perjury statements'],
    discloses: { toUploader: 'unknown', publicly: 'unknown', toLumen: 'unknown' },
    confidence: 'medium',
    sources: ['https://fanlock.com/blog/platform-guides/how-to-file-a-dmca-takedown-on-discord'],
    note: 'Copyright Agent, 444 De Haro Street #200, San Francisco, CA 94107',
  },
];
