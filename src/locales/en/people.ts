/** English text for the people area. Keys: lower snake_case, prefixed "people_"; "{name}" marks a value filled in at run time. */
export const people = {
  people_title: 'People',
};
