/** English text for the common area. Keys: lower snake_case, prefixed "common_"; "{name}" marks a value filled in at run time. */
export const common = {
  common_extension_description: 'Save verifiable evidence of images shared without consent. Everything stays on this device.',
  common_close: 'Close',
  common_case_views: 'This case',
  common_main_nav: 'Preserve',
  common_stored_here_only: 'Everything here is stored only on this device.',
};
