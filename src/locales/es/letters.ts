import type { letters as english } from '../en/letters';
import type { Translation } from '../translation';

export const letters = {
  letters_title: 'Cartas',
} satisfies Translation<typeof english>;
