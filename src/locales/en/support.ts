/** English text for the support area. Keys: lower snake_case, prefixed "support_"; "{name}" marks a value filled in at run time. */
export const support = {
  support_title: 'Help and support',
  support_button: 'Help and support',
};
