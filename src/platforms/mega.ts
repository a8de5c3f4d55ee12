import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'mega',
  name: 'MEGA',
  hosts: [{ host: 'mega.nz', confidence: 'medium' }, 'mega.io', { host: 'mega.co.nz', confidence: 'medium' }],
  rules: [
    // MEGA can act only with the full link including the key after '#'; keep the whole URL.
    {
      kind: 'post',
      path: /^\/(?:file|folder)\/(?<postId>[\w-]+)/,
      examples: [
        'https://mega.nz/file/DfoFgBAC#r5F_lbI4DUc2l5uuSlTMctMpk1I-qHC575ifLhYOWLI',
        'https://mega.nz/file/LWAmkCwR#BML88rd6vRu2rKg3UwKIJzdreU86w0StAmw_7h0Nueo',
        'https://mega.nz/folder/AbCdEfGh#KeyKeyKeyKeyKeyKeyKey',
      ],
    },
    { kind: 'post', path: /^\/$/, hash: /^#F?!(?<postId>[\w-]+)/, examples: ['https://mega.co.nz/#!iRQRnLzT', 'https://mega.nz/#F!AbCdEfGh!key'] },
  ],
  otherExamples: ['https://mega.nz/', 'https://mega.io/takedown', 'https://help.mega.io/security/compliance/report-abuse'],
});
