import { describe, expect, it } from 'vitest';
import { openBytes, sealBytes } from '../../../src/crypto/envelope';
import { createKeyring, unlockKeyring } from '../../../src/crypto/keyring';
import { fastKeyring } from './fixtures';

/** Median of a few runs, after one warm-up; printed so the numbers can be quoted, asserted loosely. */
async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function noise(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
  return bytes;
}

describe('timing (Node WebCrypto)', () => {
  it('adds little to a capture: fixed cost per seal plus AES-GCM over the bytes', async () => {
    const { unlocked } = await fastKeyring();
    const aad = new TextEncoder().encode('preserve/v1/artifacts/x');
    const sizes = { tiny: 32, '1 MB': 1 << 20, '5 MB': 5 << 20 };
    const report: Record<string, string> = {};
    for (const [label, size] of Object.entries(sizes)) {
      const bytes = noise(size);
      const sealed = await sealBytes(bytes, unlocked.publicKey, aad);
      const seal = await median(9, () => sealBytes(bytes, unlocked.publicKey, aad));
      const open = await median(9, () => openBytes(sealed, unlocked.privateKey, aad));
      report[label] = `seal ${seal.toFixed(2)} ms, open ${open.toFixed(2)} ms`;
      if (size === 5 << 20) expect(seal).toBeLessThan(250);
    }
    const ephemeral = await median(21, () => crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']));
    report['ephemeral P-256 keygen'] = `${ephemeral.toFixed(2)} ms`;
    console.info('[crypto timing]', report);
  });

  it('unlocks a 600,000-iteration keyring in well under the time a person waits', async () => {
    const start = performance.now();
    const { record } = await createKeyring('correct horse battery staple');
    const created = performance.now() - start;
    expect(record.kdf.iterations).toBe(600_000);
    const unlock = await median(3, () => unlockKeyring(record, 'correct horse battery staple'));
    const wrong = await median(3, () => unlockKeyring(record, 'wrong').catch(() => undefined));
    console.info('[crypto timing]', { create: `${created.toFixed(0)} ms`, unlock: `${unlock.toFixed(0)} ms`, wrongPassphrase: `${wrong.toFixed(0)} ms` });
    expect(unlock).toBeLessThan(5_000);
  }, 60_000);
});
