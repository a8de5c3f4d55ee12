/** English text for the images area. Keys: lower snake_case, prefixed "images_"; "{name}" marks a value filled in at run time. */
export const images = {
  images_title: 'My images',
};
