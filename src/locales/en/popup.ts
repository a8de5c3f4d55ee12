/** English text for the popup area. Keys: lower snake_case, prefixed "popup_"; "{name}" marks a value filled in at run time. */
export const popup = {};
