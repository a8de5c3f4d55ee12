import type { people as english } from '../en/people';
import type { Translation } from '../translation';

export const people = {
  people_title: 'Personas',
} satisfies Translation<typeof english>;
