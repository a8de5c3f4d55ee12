import type { removal as english } from '../en/removal';
import type { Translation } from '../translation';

export const removal = {} satisfies Translation<typeof english>;
