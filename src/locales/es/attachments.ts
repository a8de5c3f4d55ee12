import type { attachments as english } from '../en/attachments';
import type { Translation } from '../translation';

export const attachments = {} satisfies Translation<typeof english>;
