/** English text for the removal area. Keys: lower snake_case, prefixed "removal_"; "{name}" marks a value filled in at run time. */
export const removal = {};
