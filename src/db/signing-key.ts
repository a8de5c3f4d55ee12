import { generateInstallKeyPair, signerFromKeyPair, type BundleSigner } from '../bundle';
import type { PreserveDatabase } from './schema';

const SIGNING_KEY_ID = 'bundle-signing';

/**
 * The per-install ECDSA P-256 key that signs exported bundles. IndexedDB stores the CryptoKey
 * objects themselves, so the private key stays non-extractable: no code, ours included, can
 * read it out.
 */
export async function installSigner(db: PreserveDatabase): Promise<BundleSigner> {
  let row = await db.keys.get(SIGNING_KEY_ID);
  if (!row) {
    const pair = await generateInstallKeyPair();
    try {
      await db.keys.add({ id: SIGNING_KEY_ID, createdAt: new Date().toISOString(), privateKey: pair.privateKey, publicKey: pair.publicKey });
    } catch {
      // Another page made the key at the same moment; use that one so every bundle has one signer.
    }
    row = await db.keys.get(SIGNING_KEY_ID);
  }
  return signerFromKeyPair({ privateKey: row!.privateKey as CryptoKey, publicKey: row!.publicKey as CryptoKey });
}
