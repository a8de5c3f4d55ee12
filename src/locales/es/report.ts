import type { report as english } from '../en/report';
import type { Translation } from '../translation';

export const report = {} satisfies Translation<typeof english>;
