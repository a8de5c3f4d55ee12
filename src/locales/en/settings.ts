/** English text for the settings area. Keys: lower snake_case, prefixed "settings_"; "{name}" marks a value filled in at run time. */
export const settings = {
  settings_title: 'Settings',
};
