/** English text for the evidence area. Keys: lower snake_case, prefixed "evidence_"; "{name}" marks a value filled in at run time. */
export const evidence = {
  evidence_title: 'Evidence',
  evidence_empty: 'No captures yet. On a page you want to keep, click the Preserve button and choose “Save evidence”.',
};
