import type { cases as english } from '../en/cases';
import type { Translation } from '../translation';

export const cases = {} satisfies Translation<typeof english>;
