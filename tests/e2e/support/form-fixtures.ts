import type { FillValues } from '../../../src/shared/takedown-types';

// Removal forms shaped like the real ones (tests/fixtures/forms/README.md), served under their
// real hostnames through host-resolver rules and a local TLS server.
export const FORM_FIXTURES: Record<string, Record<string, string>> = {
  'help.x.com': { '/en/forms/safety-and-sensitive-content/private-information': 'forms/x/private-information.html' },
  'help.x.com.evil.test': { '/en/forms/safety-and-sensitive-content/private-information': 'forms/x/private-information.html' },
  'support.reddithelp.com': { '/hc/en-us/requests/new': 'forms/reddit/requests-new.html' },
  'www.facebook.com': { '/help/contact/567360146613371': 'forms/facebook/contact.html' },
  'help.instagram.com': { '/contact/584460464982589': 'forms/instagram/contact.html', '/contact/584460464982589/form': 'forms/instagram/form.html' },
  'support.google.com': { '/legal/troubleshooter/1114905': 'forms/google/troubleshooter.html' },
  'www.tiktok.com': { '/legal/report/privacy': 'forms/tiktok/privacy.html' },
  'www.pornhub.com': { '/content-removal': 'forms/pornhub/content-removal.html' },
  'onlyfans.com': { '/dmca': 'forms/onlyfans/dmca.html' },
};

/** Each platform's form, as its route names it (src/platforms/<id>.routes.ts). */
export const FORM_PAGES: ReadonlyArray<{ platformId: string; url: string }> = [
  { platformId: 'x', url: 'https://help.x.com/en/forms/safety-and-sensitive-content/private-information' },
  {
    platformId: 'reddit',
    url: 'https://support.reddithelp.com/hc/en-us/requests/new?ticket_form_id=15968767746196&tf_15968861076756=report_content_policy_violation',
  },
  { platformId: 'facebook', url: 'https://www.facebook.com/help/contact/567360146613371' },
  { platformId: 'instagram', url: 'https://help.instagram.com/contact/584460464982589' },
  { platformId: 'google_search', url: 'https://support.google.com/legal/troubleshooter/1114905' },
  { platformId: 'tiktok', url: 'https://www.tiktok.com/legal/report/privacy' },
  { platformId: 'pornhub', url: 'https://www.pornhub.com/content-removal' },
  { platformId: 'onlyfans', url: 'https://onlyfans.com/dmca' },
];

export const FORM_HOST_RULES = (port: number) => Object.keys(FORM_FIXTURES).map((host) => `MAP ${host} 127.0.0.1:${port}`);
export const formFixtureRoutes = () => Object.fromEntries(Object.entries(FORM_FIXTURES).map(([host, paths]) => [host, (path: string) => paths[path] ?? null]));

export const FILL_VALUES: FillValues = {
  contentUrls: ['https://x.com/someone/status/1111111111', 'https://x.com/someone/status/2222222222'],
  legalName: 'Alex Example',
  email: 'requests@example.org',
  phone: '+1 555 0100',
  address: '1 Example Street, Springfield',
  description: 'An intimate photo of me, shared without my consent.',
  signature: 'Alex Example',
  date: '2026-11-24',
  relationship: 'I am the person shown',
};
