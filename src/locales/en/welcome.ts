/** English text for the welcome area. Keys: lower snake_case, prefixed "welcome_"; "{name}" marks a value filled in at run time. */
export const welcome = {};
