/** English text for the incidents area. Keys: lower snake_case, prefixed "incidents_"; "{name}" marks a value filled in at run time. */
export const incidents = {
  incidents_title: 'Incident log',
};
