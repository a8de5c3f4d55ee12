/** English text for the errors area. Keys: lower snake_case, prefixed "errors_"; "{name}" marks a value filled in at run time. */
export const errors = {};
