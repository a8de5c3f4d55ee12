import type { evidence as english } from '../en/evidence';
import type { Translation } from '../translation';

export const evidence = {} satisfies Translation<typeof english>;
