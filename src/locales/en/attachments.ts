/** English text for the attachments area. Keys: lower snake_case, prefixed "attachments_"; "{name}" marks a value filled in at run time. */
export const attachments = {};
