import { fromBase64 } from '../shared/base64';
import { FILES } from './bundle-paths';
import { isRecord, parseJsonFile } from './parse-json';
import { jwkToSpkiDer, keyFingerprint, p1363ToDer, publicJwk, spkiPem, verifyP1363 } from './signing';
import type { DigestFile } from './types';
import type { ZipProblem } from './zip-directory';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Checks manifest.digest.json against manifest.json, the signature, and that the PEM and DER copies agree. */
export async function verifySignature(
  files: { manifest: Uint8Array; digest?: Uint8Array; signature?: Uint8Array; publicKey?: Uint8Array },
  hash: (bytes: Uint8Array) => Promise<string>,
): Promise<{ problems: ZipProblem[]; fingerprint?: string }> {
  if (!files.digest) return { problems: [{ file: FILES.digest, message: 'is missing' }] };
  const parsed = parseJsonFile<DigestFile>(files.digest);
  if (!parsed.ok) return { problems: [{ file: FILES.digest, message: parsed.message }] };
  const digest = parsed.value;
  const problems: ZipProblem[] = [];
  if (digest.hash !== `sha256:${await hash(files.manifest)}`) {
    problems.push({ file: FILES.manifest, message: 'does not match the hash in manifest.digest.json' });
  }
  let jwk;
  let signature: Uint8Array;
  try {
    if (!isRecord(digest.publicKey) || !isRecord(digest.signature)) throw new Error('missing fields');
    jwk = publicJwk(digest.publicKey.jwk as JsonWebKey);
    signature = fromBase64(String(digest.signature.value));
  } catch {
    return { problems: [...problems, { file: FILES.digest, message: 'has no readable public key or signature' }] };
  }
  let valid = false;
  try {
    valid = await verifyP1363(jwk, signature, files.manifest);
  } catch {
    valid = false;
  }
  if (!valid) problems.push({ file: FILES.manifest, message: 'signature does not verify with the bundled public key' });
  const fingerprint = await keyFingerprint(jwk, hash);
  if (digest.publicKey.fingerprint !== fingerprint) problems.push({ file: FILES.digest, message: 'key fingerprint does not match the key' });
  if (!files.publicKey || new TextDecoder().decode(files.publicKey) !== spkiPem(jwkToSpkiDer(jwk))) {
    problems.push({ file: FILES.publicKey, message: 'is missing or is not the key in manifest.digest.json' });
  }
  if (!files.signature || signature.length !== 64 || !sameBytes(files.signature, p1363ToDer(signature))) {
    problems.push({ file: FILES.signature, message: 'is missing or differs from the signature in manifest.digest.json' });
  }
  return { problems, fingerprint };
}
