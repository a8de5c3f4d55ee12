import type { plan as english } from '../en/plan';
import type { Translation } from '../translation';

export const plan = {} satisfies Translation<typeof english>;
