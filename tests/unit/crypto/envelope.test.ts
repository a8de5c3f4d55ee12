import { describe, expect, it } from 'vitest';
import { EnvelopeOpenError } from '../../../src/crypto/crypto-errors';
import { openBytes, openJson, sealBytes, sealJson, type SealedEnvelope } from '../../../src/crypto/envelope';
import { containsBytes, fakePng, fastKeyring, MARKER, PNG_SIGNATURE, rawBytesOf } from './fixtures';

const aad = new TextEncoder().encode('preserve/v1/artifacts/a1');
const otherAad = new TextEncoder().encode('preserve/v1/artifacts/a2');

function flip(bytes: Uint8Array, index = 0): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

describe('sealBytes / openBytes', () => {
  it('round-trips bytes, also after a structured clone (what IndexedDB does)', async () => {
    const { unlocked } = await fastKeyring();
    const png = fakePng();
    const envelope = structuredClone(await sealBytes(png, unlocked.publicKey, aad));
    expect(envelope).toMatchObject({ v: 1, kem: 'ECDH-P256+HKDF-SHA256', wrap: 'AES-KW-256', enc: 'AES-GCM-256', kid: unlocked.kid });
    expect([envelope.epk.length, envelope.wrappedKey.length, envelope.iv.length]).toEqual([65, 40, 12]);
    expect(envelope.ciphertext.length).toBe(png.length + 16);
    expect(await openBytes(envelope, unlocked.privateKey, aad)).toEqual(png);
  });

  it('holds no plaintext: neither the marker text nor the PNG signature appear anywhere in it', async () => {
    const { unlocked } = await fastKeyring();
    const envelope = await sealBytes(fakePng(), unlocked.publicKey, aad);
    for (const part of await rawBytesOf(envelope)) {
      expect(containsBytes(part, new TextEncoder().encode(MARKER))).toBe(false);
      expect(containsBytes(part, PNG_SIGNATURE)).toBe(false);
    }
  });

  it('uses a fresh ephemeral key, content key and IV every time', async () => {
    const { unlocked } = await fastKeyring();
    const a = await sealBytes(fakePng(64), unlocked.publicKey, aad);
    const b = await sealBytes(fakePng(64), unlocked.publicKey, aad);
    expect(a.epk).not.toEqual(b.epk);
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
  });

  it('seals an empty value', async () => {
    const { unlocked } = await fastKeyring();
    expect(await openBytes(await sealBytes(new Uint8Array(0), unlocked.publicKey), unlocked.privateKey)).toEqual(new Uint8Array(0));
  });

  const tampered: [string, (e: SealedEnvelope) => SealedEnvelope][] = [
    ['ciphertext', (e) => ({ ...e, ciphertext: flip(e.ciphertext, 5) })],
    ['GCM tag', (e) => ({ ...e, ciphertext: flip(e.ciphertext, e.ciphertext.length - 1) })],
    ['IV', (e) => ({ ...e, iv: flip(e.iv) })],
    ['wrapped key', (e) => ({ ...e, wrappedKey: flip(e.wrappedKey, 10) })],
    ['ephemeral key', (e) => ({ ...e, epk: flip(e.epk, 64) })],
    ['recipient id', (e) => ({ ...e, kid: e.kid.replace(/^./, (c) => (c === '0' ? '1' : '0')) })],
  ];
  for (const [part, tamper] of tampered) {
    it(`refuses to open when the ${part} was changed`, async () => {
      const { unlocked } = await fastKeyring();
      const envelope = await sealBytes(fakePng(256), unlocked.publicKey, aad);
      await expect(openBytes(tamper(envelope), unlocked.privateKey, aad)).rejects.toBeInstanceOf(EnvelopeOpenError);
    });
  }

  it('refuses an envelope moved onto another record (AAD swap)', async () => {
    const { unlocked } = await fastKeyring();
    const envelope = await sealBytes(fakePng(256), unlocked.publicKey, aad);
    await expect(openBytes(envelope, unlocked.privateKey, otherAad)).rejects.toBeInstanceOf(EnvelopeOpenError);
    await expect(openBytes(envelope, unlocked.privateKey)).rejects.toBeInstanceOf(EnvelopeOpenError);
  });

  it('refuses another keyring and unknown versions', async () => {
    const [mine, theirs] = await Promise.all([fastKeyring(), fastKeyring()]);
    const envelope = await sealBytes(fakePng(256), mine.unlocked.publicKey, aad);
    await expect(openBytes(envelope, theirs.unlocked.privateKey, aad)).rejects.toBeInstanceOf(EnvelopeOpenError);
    const future = { ...envelope, v: 2 } as unknown as SealedEnvelope;
    await expect(openBytes(future, mine.unlocked.privateKey, aad)).rejects.toBeInstanceOf(EnvelopeOpenError);
  });
});

describe('sealJson / openJson', () => {
  it('round-trips a record and hides its URL and text', async () => {
    const { unlocked } = await fastKeyring();
    const value = { tabUrl: `https://example.test/${MARKER}`, text: `caption ${MARKER}`, n: 3, nested: [null, true] };
    const envelope = await sealJson(value, unlocked.publicKey, aad);
    for (const part of await rawBytesOf(envelope)) expect(containsBytes(part, new TextEncoder().encode(MARKER))).toBe(false);
    expect(await openJson(envelope, unlocked.privateKey, aad)).toEqual(value);
    await expect(openJson(envelope, unlocked.privateKey, otherAad)).rejects.toBeInstanceOf(EnvelopeOpenError);
  });
});
