import type { images as english } from '../en/images';
import type { Translation } from '../translation';

export const images = {} satisfies Translation<typeof english>;
