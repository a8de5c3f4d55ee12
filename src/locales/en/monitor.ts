/** English text for the monitor area. Keys: lower snake_case, prefixed "monitor_"; "{name}" marks a value filled in at run time. */
export const monitor = {};
