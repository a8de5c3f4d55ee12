import type { popup as english } from '../en/popup';
import type { Translation } from '../translation';

export const popup = {} satisfies Translation<typeof english>;
