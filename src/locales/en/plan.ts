/** English text for the plan area. Keys: lower snake_case, prefixed "plan_"; "{name}" marks a value filled in at run time. */
export const plan = {
  plan_title: 'Action plan',
};
