import type { support as english } from '../en/support';
import type { Translation } from '../translation';

export const support = {
  support_title: 'Ayuda y apoyo',
  support_button: 'Ayuda y apoyo',
} satisfies Translation<typeof english>;
