import { describe, expect, it } from 'vitest';
import { EnvelopeOpenError, WeakKdfError, WrongPassphraseError } from '../../../src/crypto/crypto-errors';
import { openBytes, sealBytes } from '../../../src/crypto/envelope';
import { changePassphrase, createKeyring, loadRecipient, reopenKeyring, unlockKeyring } from '../../../src/crypto/keyring';
import { MIN_PBKDF2_ITERATIONS, newKdfParams } from '../../../src/crypto/passphrase-key';
import { serializeError, deserializeError } from '../../../src/shared/errors';
import { FAST, fakePng, fastKeyring } from './fixtures';

const PASS = 'correct horse battery staple';

describe('PBKDF2 iteration floor', () => {
  it('defaults to 600,000 iterations with a 16-byte salt', () => {
    expect(MIN_PBKDF2_ITERATIONS).toBe(600_000);
    const kdf = newKdfParams();
    expect(kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
    expect(kdf.salt.length).toBe(16);
  });

  it('refuses fewer iterations unless a test asks for them explicitly', async () => {
    expect(() => newKdfParams({ iterations: 599_999 })).toThrow(WeakKdfError);
    expect(() => newKdfParams({ iterations: 0, unsafeTestIterations: true })).toThrow(WeakKdfError);
    await expect(createKeyring(PASS, { iterations: 1_000 })).rejects.toBeInstanceOf(WeakKdfError);
    const { record } = await fastKeyring();
    await expect(changePassphrase(record, PASS, 'new one', { iterations: 1_000 })).rejects.toBeInstanceOf(WeakKdfError);
  });
});

describe('keyring', () => {
  it('stores only public and wrapped material, and unlocks to a non-extractable private key', async () => {
    const { record, unlocked } = await fastKeyring(PASS);
    expect(record.publicKey).not.toHaveProperty('d');
    expect(record).toMatchObject({ v: 1, kid: unlocked.kid, kdf: { iterations: FAST.iterations }, wrappedPrivateKey: { alg: 'AES-GCM-256', format: 'pkcs8' } });
    expect(unlocked.privateKey.extractable).toBe(false);
    const again = await unlockKeyring(structuredClone(record), PASS);
    expect(again.privateKey.extractable).toBe(false);
    const envelope = await sealBytes(fakePng(), await loadRecipient(record));
    expect(await openBytes(envelope, again.privateKey)).toEqual(fakePng());
  });

  it('rejects a wrong passphrase with WrongPassphraseError, from the check value alone', async () => {
    const { record } = await fastKeyring(PASS);
    await expect(unlockKeyring(record, 'correct horse battery stapl')).rejects.toBeInstanceOf(WrongPassphraseError);
    // With the wrapped key destroyed, a wrong passphrase is still recognised as such: no trial decryption.
    const broken = { ...record, wrappedPrivateKey: { ...record.wrappedPrivateKey, data: new Uint8Array(8) } };
    await expect(unlockKeyring(broken, 'nope')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(unlockKeyring(broken, PASS)).rejects.toBeInstanceOf(EnvelopeOpenError);
  });

  it('sends WrongPassphraseError across the message boundary with its code', async () => {
    const { record } = await fastKeyring(PASS);
    const error = await unlockKeyring(record, 'wrong').catch((e: unknown) => e);
    expect(deserializeError(serializeError(error))).toMatchObject({ code: 'wrong-passphrase' });
  });

  it('matches the passphrase however its accents were typed (NFC)', async () => {
    const { record } = await createKeyring('caf\u00e9 au lait', FAST);
    await expect(unlockKeyring(record, 'cafe\u0301 au lait')).resolves.toBeTruthy();
  });

  it('reopens from the session secret without the passphrase, until the passphrase changes', async () => {
    const { record, unlocked } = await fastKeyring(PASS);
    const reopened = await reopenKeyring(record, unlocked.sessionSecret);
    expect(reopened.kid).toBe(record.kid);
    const { record: changed } = await changePassphrase(record, PASS, 'a new passphrase', FAST);
    await expect(reopenKeyring(changed, unlocked.sessionSecret)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('changePassphrase re-wraps the same key: old envelopes open with the new passphrase, not the old', async () => {
    const { record, unlocked } = await fastKeyring(PASS);
    const aad = new TextEncoder().encode('preserve/v1/artifacts/x');
    const envelope = await sealBytes(fakePng(), unlocked.publicKey, aad);
    const { record: changed, unlocked: afterChange } = await changePassphrase(record, PASS, 'a new passphrase', FAST);
    expect(changed.kid).toBe(record.kid);
    expect(await openBytes(envelope, afterChange.privateKey, aad)).toEqual(fakePng());
    expect(changed.publicKey).toEqual(record.publicKey);
    expect(changed.kdf.salt).not.toEqual(record.kdf.salt);
    await expect(unlockKeyring(changed, PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    const reopened = await unlockKeyring(changed, 'a new passphrase');
    expect(reopened.privateKey.extractable).toBe(false);
    expect(await openBytes(envelope, reopened.privateKey, aad)).toEqual(fakePng());
    await expect(changePassphrase(record, 'not it', 'x', FAST)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('notices a public key swapped in the store', async () => {
    const [{ record }, other] = await Promise.all([fastKeyring(), fastKeyring()]);
    const swapped = { ...record, publicKey: other.record.publicKey };
    await expect(loadRecipient(swapped)).rejects.toBeInstanceOf(EnvelopeOpenError);
    await expect(unlockKeyring(swapped, PASS)).rejects.toBeInstanceOf(EnvelopeOpenError);
    // Re-labelling the kid as well breaks the wrapped private key's AAD.
    await expect(unlockKeyring({ ...swapped, kid: other.record.kid }, PASS)).rejects.toBeInstanceOf(EnvelopeOpenError);
  });

  it('refuses an empty passphrase', async () => {
    await expect(createKeyring('', FAST)).rejects.toThrow(/empty/);
  });
});
