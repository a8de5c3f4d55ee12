import type { support as english } from '../en/support';
import type { Translation } from '../translation';

export const support = {} satisfies Translation<typeof english>;
