import type { letters as english } from '../en/letters';
import type { Translation } from '../translation';

export const letters = {} satisfies Translation<typeof english>;
