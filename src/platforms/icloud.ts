import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'icloud',
  name: 'iCloud (shared albums and links)',
  hosts: [{ host: 'icloud.com', confidence: 'medium' }],
  rules: [
    {
      kind: 'post',
      host: /^share\.icloud\.com$/,
      path: /^\/photos\/(?<postId>[\w-]+)/,
      examples: ['https://share.icloud.com/photos/042BHRkrXqPO-fllvpxMFl2CA', 'https://share.icloud.com/photos/0f5C4d-hCFjztyn4Fz8Ffzl-A'],
    },
    // Shared albums keep their token after '#', which never reaches the server.
    {
      kind: 'post',
      path: /^\/(?:sharedalbum|photos)\/?$/,
      hash: /^#(?<postId>\w+)/,
      examples: [
        'https://www.icloud.com/sharedalbum/#B0o5oqs3q7vYSt',
        'https://www.icloud.com/sharedalbum/#B0z5qAGN1JIFd3y',
        'https://www.icloud.com/photos/#0Abc123',
      ],
    },
    // iCloud Drive share links name the file in the path: /iclouddrive/<id>#<name>.
    { kind: 'post', path: /^\/iclouddrive\/(?<postId>[\w-]+)/, examples: ['https://www.icloud.com/iclouddrive/0aBcDeFgHiJkLmNoPqRsTuVwX#Holiday'] },
  ],
  otherExamples: ['https://www.icloud.com/', 'https://www.icloud.com/photos/'],
});
