import { generateInstallKeyPair, signerFromKeyPair, type BundleSigner } from '../bundle';
import type { PreserveDatabase, SigningKeyRow } from './schema';

const SIGNING_KEY_ID: SigningKeyRow['id'] = 'bundle-signing';

/**
 * The per-install ECDSA P-256 key that signs exported bundles. IndexedDB stores the CryptoKey
 * objects themselves, so the private key stays non-extractable: no code, ours included, can
 * read it out.
 */
export async function installSigner(db: PreserveDatabase): Promise<BundleSigner> {
  let row = await signingKeyRow(db);
  if (!row) {
    const pair = await generateInstallKeyPair();
    try {
      await db.keys.add({ id: SIGNING_KEY_ID, createdAt: new Date().toISOString(), privateKey: pair.privateKey, publicKey: pair.publicKey });
    } catch {
      // Another page made the key at the same moment; use that one so every bundle has one signer.
    }
    row = await signingKeyRow(db);
  }
  if (!row) throw new Error('The bundle-signing key could not be stored.');
  return signerFromKeyPair({ privateKey: row.privateKey, publicKey: row.publicKey });
}

async function signingKeyRow(db: PreserveDatabase): Promise<SigningKeyRow | undefined> {
  const row = await db.keys.get(SIGNING_KEY_ID);
  return row?.id === SIGNING_KEY_ID ? row : undefined;
}
