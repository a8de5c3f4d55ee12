import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'google_drive_photos',
  name: 'Google Drive / Google Photos',
  hosts: [
    { host: 'drive.google.com', exact: true },
    { host: 'docs.google.com', exact: true },
    { host: 'drive.usercontent.google.com', exact: true },
    { host: 'photos.google.com', exact: true, confidence: 'low' },
    { host: 'photos.app.goo.gl', exact: true, confidence: 'low' },
  ],
  rules: [
    {
      kind: 'media',
      host: /^drive\.usercontent\.google\.com$/,
      path: /^\/(?:download|uc)\/?$/,
      query: { postId: 'id' },
      examples: ['https://drive.usercontent.google.com/download?id=1RAGWRgzn85TXCaCk4gxnwF6TGUaZatzE'],
    },
    {
      kind: 'post',
      path: /^\/(?:file|document|spreadsheets|presentation|forms)\/d\/(?<postId>[\w-]{10,})/,
      examples: [
        'https://drive.google.com/file/d/0ByeS4oOUV-49Zzh4R1J6R09zazQ/edit?pli=1',
        'https://drive.google.com/file/d/1RAGWRgzn85TXCaCk4gxnwF6TGUaZatzE/view',
        'https://docs.google.com/document/d/1RAGWRgzn85TXCaCk4gxnwF6TGUaZatzE/edit',
      ],
    },
    {
      kind: 'post',
      path: /^\/(?:drive\/(?:u\/\d+\/)?folders)\/(?<postId>[\w-]{10,})/,
      examples: ['https://drive.google.com/drive/folders/1dQ4sx0-__Nvg65rxTSgQrl7VyW_FZ9QI'],
    },
    // /uc?id= answers with the file itself.
    {
      kind: 'media',
      host: /^drive\.google\.com$/,
      path: /^\/uc\/?$/,
      query: { postId: 'id' },
      examples: ['https://drive.google.com/uc?id=1IP0o8dHcQrIHGgVyp0Ofvx2cGfLzyO1x'],
    },
    { kind: 'post', path: /^\/open\/?$/, query: { postId: 'id' }, examples: ['https://drive.google.com/open?id=1RAGWRgzn85TXCaCk4gxnwF6TGUaZatzE'] },
    // Photos share links: photos.app.goo.gl redirects; photos.google.com/share/<key> is the album.
    {
      kind: 'shortlink',
      host: /^photos\.app\.goo\.gl$/,
      path: /^\/\w+\/?$/,
      confidence: 'low',
      examples: ['https://photos.app.goo.gl/ZhpwG8iPzkJuBqs98', 'https://photos.app.goo.gl/Eh8EJhqBhKUuYfiH8'],
    },
    { kind: 'shortlink', path: /^\/share\/[\w-]+/, confidence: 'low', examples: ['https://photos.google.com/share/AF1QipExampleKey'] },
  ],
  otherExamples: ['https://drive.google.com/drive/my-drive', 'https://photos.google.com/'],
});
