import type { incidents as english } from '../en/incidents';
import type { Translation } from '../translation';

export const incidents = {} satisfies Translation<typeof english>;
