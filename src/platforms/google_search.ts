import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'google_search',
  name: 'Google Search',
  hosts: [
    // Exact hosts only: drive/docs/photos.google.com belong to google_drive_photos.
    ...[
      'google.com',
      'google.co.uk',
      'google.ca',
      'google.com.au',
      'google.de',
      'google.fr',
      'google.es',
      'google.it',
      'google.nl',
      'google.ie',
      'google.co.in',
      'google.com.br',
      'google.com.mx',
    ].flatMap((h) => [
      { host: h, exact: true },
      { host: `www.${h}`, exact: true },
    ]),
    { host: 'images.google.com', exact: true },
    { host: 'support.google.com', exact: true },
    { host: 'myactivity.google.com', exact: true },
  ],
  rules: [
    // Capture the results page too: Google's removal form asks for search-result URLs as well.
    {
      kind: 'other',
      path: /^\/(?:search|imgres)\/?$/,
      examples: ['https://www.google.com/search?q=jane+doe', 'https://www.google.co.uk/search?q=jane+doe&udm=2'],
    },
  ],
  otherExamples: ['https://www.google.com/', 'https://support.google.com/websearch/answer/6302812', 'https://myactivity.google.com/results-about-you'],
  note: "Search results and Google's removal forms; a few country domains only.",
});
