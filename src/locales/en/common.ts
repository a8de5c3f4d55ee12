/** English text for the common area. Keys: lower snake_case, prefixed "common_"; "{name}" marks a value filled in at run time. */
export const common = {
  common_extension_description: 'Save verifiable evidence of images shared without consent. Everything stays on this device.',
};
