import type { errors as english } from '../en/errors';
import type { Translation } from '../translation';

export const errors = {} satisfies Translation<typeof english>;
