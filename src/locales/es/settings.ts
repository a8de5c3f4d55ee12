import type { settings as english } from '../en/settings';
import type { Translation } from '../translation';

export const settings = {
  settings_title: 'Ajustes',
} satisfies Translation<typeof english>;
