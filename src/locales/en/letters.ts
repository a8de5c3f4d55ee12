/** English text for the letters area. Keys: lower snake_case, prefixed "letters_"; "{name}" marks a value filled in at run time. */
export const letters = {
  letters_title: 'Letters',
};
