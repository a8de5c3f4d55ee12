/** English text for the evidence area. Keys: lower snake_case, prefixed "evidence_"; "{name}" marks a value filled in at run time. */
export const evidence = {};
