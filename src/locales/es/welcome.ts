import type { welcome as english } from '../en/welcome';
import type { Translation } from '../translation';

export const welcome = {} satisfies Translation<typeof english>;
