export { buildBundle, buildBundleBytes, buildBundleFiles } from './build-bundle';
export { bundleEntries, type BundleEntry } from './bundle-entries';
export { BundleError } from './bundle-error';
export { bundleFileName, unsafePathReason } from './bundle-paths';
export { DEFAULT_LIMITS, type BundleLimits } from './limits';
export { BundleImportError, parseBundleForImport, type EarlierImport, type ImportedCase, type ImportOptions } from './parse-import';
export { generateInstallKeyPair, jwkToSpkiDer, keyFingerprint, signerFromKeyPair, spkiPem } from './signing';
export type * from './types';
export { verifyBundle, type BundleProblem, type VerifyOptions, type VerifyResult, type VerifySummary } from './verify-bundle';
