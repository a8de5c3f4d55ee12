import type { images as english } from '../en/images';
import type { Translation } from '../translation';

export const images = {
  images_title: 'Mis imágenes',
} satisfies Translation<typeof english>;
