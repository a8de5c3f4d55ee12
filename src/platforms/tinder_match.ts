import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'tinder_match',
  name: 'Tinder / Match Group',
  hosts: [
    { host: 'tinder.com', confidence: 'medium' },
    { host: 'match.com', confidence: 'medium' },
  ],
  rules: [
    // Profiles live in the apps; the reference has no public URL shapes, so every page is 'other'.
    { kind: 'other', path: /^\//, examples: ['https://tinder.com/', 'https://www.match.com/'] },
  ],
  otherExamples: ['https://www.help.tinder.com/hc/en-us/articles/115003822043'],
  note: 'No public post or profile URLs; report inside the app.',
});
