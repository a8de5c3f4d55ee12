/** English text for the report area. Keys: lower snake_case, prefixed "report_"; "{name}" marks a value filled in at run time. */
export const report = {};
