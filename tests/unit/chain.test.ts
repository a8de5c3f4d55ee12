import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/shared/canonical-json';
import { captureRecordHash, sealCapture, verifyChain } from '../../src/shared/chain';
import { sha256Bytes, sha256TextSync } from '../../src/shared/hash';
import { CAPTURE_FORMAT, type CaptureRecord, type UnsealedCapture } from '../../src/shared/types';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units and drops undefined properties', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, é: 2, Z: 0 })).toBe('{"Z":0,"a":[true,null,"x"],"b":1,"é":2}');
  });

  it('matches RFC 8785 on nested objects, numbers and escapes', () => {
    expect(canonicalJson({ '\u20ac': 'Euro', '\r': 'cr', '1': { f: { f: 'hi', F: 5 }, '\n': 56 }, '10': {} })).toBe(
      '{"\\r":"cr","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"€":"Euro"}',
    );
    expect(canonicalJson([1e21, 0.000001, -0, 333333333.3333333])).toBe('[1e+21,0.000001,0,333333333.3333333]');
  });

  it('refuses values that have no canonical form', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/\$\.n/);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/plain objects/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });
});

describe('hashing', () => {
  it('computes SHA-256 of bytes and text', async () => {
    expect(await sha256Bytes(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256TextSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

function unsealed(seq: number, prevHash: string | null, url = `https://example.test/${seq}`): UnsealedCapture {
  return {
    format: CAPTURE_FORMAT,
    id: `capture-${seq}`,
    caseId: 'case-1',
    seq,
    trigger: 'popup',
    observed: {
      tabUrl: url,
      tabTitle: 'Example',
      capturedAt: '2026-11-24T10:00:00.000Z',
      capturedAtLocal: '2026-11-24T11:00:00.000+01:00',
      utcOffsetMinutes: 60,
      timeZone: 'Europe/Berlin',
      window: { width: 1280, height: 800 },
      viewport: { width: 1280, height: 713 },
      devicePixelRatio: 1,
      browser: { name: 'Chromium', version: '156' },
      extensionVersion: '0.1.0',
      incognito: false,
    },
    claimed: { documentTitle: 'Claimed title', locationHref: url, meta: [] },
    artifacts: [],
    prevHash,
  };
}

function chainOf(length: number): CaptureRecord[] {
  const chain: CaptureRecord[] = [];
  for (let seq = 1; seq <= length; seq++) chain.push(sealCapture(unsealed(seq, chain.at(-1)?.recordHash ?? null)));
  return chain;
}

describe('capture chain', () => {
  it('hashes the canonical form of everything but the hash itself', () => {
    const record = sealCapture(unsealed(1, null));
    const { recordHash, ...rest } = record;
    expect(recordHash).toBe(sha256TextSync(canonicalJson(rest)));
    expect(captureRecordHash(record)).toBe(recordHash);
  });

  it('accepts an intact chain', () => {
    expect(verifyChain(chainOf(4))).toEqual([]);
  });

  it('names a capture whose page-claimed facts were edited after sealing', () => {
    const chain = chainOf(3);
    const second = chain[1]!;
    chain[1] = { ...second, claimed: { ...second.claimed!, documentTitle: 'edited' } };
    const problems = verifyChain(chain);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'record-hash', captureId: 'capture-2' });
  });

  it('finds a capture removed from the middle', () => {
    const chain = chainOf(3);
    const problems = verifyChain([chain[0]!, chain[2]!]);
    expect(problems.map((p) => p.kind)).toEqual(['broken-link', 'sequence']);
  });

  it('finds a re-sealed forgery because the next link no longer points at it', () => {
    const chain = chainOf(3);
    chain[1] = sealCapture({ ...unsealed(2, chain[0]!.recordHash, 'https://forged.test/') });
    expect(verifyChain(chain)).toEqual([expect.objectContaining({ kind: 'broken-link', captureId: 'capture-3' })]);
  });
});
