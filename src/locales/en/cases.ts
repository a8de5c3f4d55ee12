/** English text for the cases area. Keys: lower snake_case, prefixed "cases_"; "{name}" marks a value filled in at run time. */
export const cases = {
  cases_title: 'Cases',
};
