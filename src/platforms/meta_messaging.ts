import { definePlatform } from './define-platform';

export default definePlatform({
  id: 'meta_messaging',
  name: 'Messenger / WhatsApp',
  hosts: [
    { host: 'messenger.com', confidence: 'low' },
    { host: 'whatsapp.com', confidence: 'medium' },
    { host: 'wa.me', exact: true, confidence: 'low' },
  ],
  rules: [
    // Chats are end-to-end encrypted and have no public post URLs: evidence comes from the user's own device.
    { kind: 'profile', host: /^wa\.me$/, path: /^\/(?<author>\d{6,15})\/?$/, confidence: 'low', examples: ['https://wa.me/15551234567'] },
    { kind: 'shortlink', host: /^chat\.whatsapp\.com$/, path: /^\/\w+\/?$/, examples: ['https://chat.whatsapp.com/AbCdEfGhIjK123'] },
  ],
  otherExamples: ['https://www.messenger.com/t/123456789', 'https://www.whatsapp.com/legal/updates/ip-policy', 'https://faq.whatsapp.com/1142481766359885'],
  note: 'Chats are end-to-end encrypted; capture from your own device.',
});
