/** English text for the assessment area. Keys: lower snake_case, prefixed "assessment_"; "{name}" marks a value filled in at run time. */
export const assessment = {
  assessment_title: 'Threat assessment',
};
