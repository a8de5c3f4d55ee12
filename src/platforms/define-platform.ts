import type { PlatformDefinition } from './types';

// An identity function: it exists so each platform file is checked against PlatformDefinition
// at the point of definition (errors point into the platform file, not the registry).
export function definePlatform(definition: PlatformDefinition): PlatformDefinition {
  return definition;
}
