import type { monitor as english } from '../en/monitor';
import type { Translation } from '../translation';

export const monitor = {} satisfies Translation<typeof english>;
