import type { cases as english } from '../en/cases';
import type { Translation } from '../translation';

export const cases = {
  cases_title: 'Casos',
} satisfies Translation<typeof english>;
