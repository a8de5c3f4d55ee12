import type { plan as english } from '../en/plan';
import type { Translation } from '../translation';

export const plan = {
  plan_title: 'Plan de acción',
} satisfies Translation<typeof english>;
