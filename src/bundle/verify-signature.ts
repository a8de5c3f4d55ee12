import { fromBase64 } from '../shared/base64';
import { buildDigest, jsonBytes } from './bundle-manifest';
import { FILES } from './bundle-paths';
import { DigestSchema } from './bundle-schemas';
import { parseJsonFile } from './parse-json';
import { derToP1363, jwkToSpkiDer, keyFingerprint, p1363ToDer, publicJwk, spkiPem, verifyP1363 } from './signing';
import type { PublicKeyJwk } from './types';
import type { ZipProblem } from './zip-directory';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

async function verifies(jwk: PublicKeyJwk, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    return await verifyP1363(jwk, signature, data);
  } catch {
    return false;
  }
}

export interface SignatureFiles {
  manifest: Uint8Array;
  digest?: Uint8Array | undefined;
  signature?: Uint8Array | undefined;
  publicKey?: Uint8Array | undefined;
  sums?: Uint8Array | undefined;
  sumsSignature?: Uint8Array | undefined;
}

/**
 * Checks manifest.digest.json against manifest.json (it must be exactly the digest Preserve would
 * write: no extra, missing or altered field), both signatures (manifest.sig over manifest.json and
 * SHA256SUMS.sig over SHA256SUMS, the file people check by hand), and that the PEM, DER and JWK
 * copies of the key and signature agree. Returns the key's fingerprint and the manifest's SHA-256,
 * the signed identity import uses.
 */
export async function verifySignature(
  files: SignatureFiles,
  hash: (bytes: Uint8Array) => Promise<string>,
): Promise<{ problems: ZipProblem[]; fingerprint?: string; manifestSha256?: string }> {
  if (!files.digest) return { problems: [{ file: FILES.digest, message: 'is missing' }] };
  const parsed = parseJsonFile(files.digest, DigestSchema);
  if (!parsed.ok) return { problems: [{ file: FILES.digest, message: parsed.message }] };
  const digest = parsed.value;
  const problems: ZipProblem[] = [];
  const manifestSha256 = await hash(files.manifest);
  if (digest.hash !== `sha256:${manifestSha256}`) problems.push({ file: FILES.manifest, message: 'does not match the hash in manifest.digest.json' });
  let jwk: PublicKeyJwk;
  let signature: Uint8Array;
  try {
    jwk = publicJwk(digest.publicKey.jwk);
    jwkToSpkiDer(jwk);
    signature = fromBase64(digest.signature.value);
  } catch {
    return { problems: [...problems, { file: FILES.digest, message: 'has no readable public key or signature' }] };
  }
  const signed = await verifies(jwk, signature, files.manifest);
  if (!signed) problems.push({ file: FILES.manifest, message: 'signature does not verify with the bundled public key' });
  const fingerprint = await keyFingerprint(jwk, hash);
  if (digest.publicKey.fingerprint !== fingerprint) problems.push({ file: FILES.digest, message: 'key fingerprint does not match the key' });
  const expected = jsonBytes(buildDigest(manifestSha256, signature, jwk, fingerprint));
  if (signed && digest.publicKey.fingerprint === fingerprint && !sameBytes(files.digest, expected)) {
    problems.push({ file: FILES.digest, message: 'is not exactly the digest Preserve writes for this manifest (a field was added, changed or moved)' });
  }
  if (!files.publicKey || !sameBytes(files.publicKey, new TextEncoder().encode(spkiPem(jwkToSpkiDer(jwk))))) {
    problems.push({ file: FILES.publicKey, message: 'is missing or is not the key in manifest.digest.json' });
  }
  if (!files.signature || signature.length !== 64 || !sameBytes(files.signature, p1363ToDer(signature))) {
    problems.push({ file: FILES.signature, message: 'is missing or differs from the signature in manifest.digest.json' });
  }
  problems.push(...(await verifySumsSignature(jwk, files.sums, files.sumsSignature)));
  return { problems, fingerprint, manifestSha256 };
}

/** What `openssl dgst -sha256 -verify public-key.pem -signature SHA256SUMS.sig SHA256SUMS` checks, and nothing looser. */
async function verifySumsSignature(jwk: PublicKeyJwk, sums: Uint8Array | undefined, der: Uint8Array | undefined): Promise<ZipProblem[]> {
  if (!der) return [{ file: FILES.sumsSignature, message: 'is missing' }];
  if (!sums) return []; // SHA256SUMS itself is reported missing by the file checks.
  const signature = derToP1363(der);
  if (!signature) return [{ file: FILES.sumsSignature, message: 'is not an ECDSA signature in DER form' }];
  if (!(await verifies(jwk, signature, sums))) return [{ file: FILES.sums, message: 'signature (SHA256SUMS.sig) does not verify with the bundled public key' }];
  return [];
}
