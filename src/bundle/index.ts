// What the rest of Preserve uses of src/bundle; the CLI and tests import the modules directly.
export { buildBundle } from './build-bundle';
export { parseBundleForImport, type EarlierImport, type ImportedCase } from './parse-import';
export { generateInstallKeyPair, keyFingerprint, signerFromKeyPair } from './signing';
export type * from './types';
