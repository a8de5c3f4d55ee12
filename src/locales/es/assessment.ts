import type { assessment as english } from '../en/assessment';
import type { Translation } from '../translation';

export const assessment = {} satisfies Translation<typeof english>;
