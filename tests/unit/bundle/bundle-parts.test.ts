import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bundleFileName, captureFolder, safeFileNames, unsafePathReason } from '../../../src/bundle/bundle-paths';
import { csvCell, toCsv } from '../../../src/bundle/csv';
import { formatSha256Sums, parseSha256Sums } from '../../../src/bundle/sha256sums';
import { jwkToSpkiDer, p1363ToDer, publicJwk, spkiPem } from '../../../src/bundle/signing';
import { makeFixture } from './fixtures';
import { withTempDir } from './zip-tools';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", "'\tx", `"'\rx"`]);
  });

  it('starts with a BOM and ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });
});

describe('paths', () => {
  it.each([
    ['../evil.txt', 'parent-directory'],
    ['captures/../../evil', 'parent-directory'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/evil', 'drive letter'],
    ['captures\\evil', 'backslash'],
    ['captures//x', 'empty'],
    ['./x', 'empty or "."'],
    ['bad\u0000name', 'control'],
  ])('refuses %j', (path, reason) => {
    expect(unsafePathReason(path)).toContain(reason);
  });

  it('accepts the paths bundles use', () => {
    expect(unsafePathReason('captures/0001-2026-11-21-reddit/screenshot.png')).toBeNull();
    expect(unsafePathReason('SHA256SUMS')).toBeNull();
  });

  it('names folders and files safely, even from hostile artifact names', () => {
    expect(captureFolder(makeFixture(1).captures[0]!, 4)).toBe('captures/0001-2026-11-21-reddit');
    expect(safeFileNames(['../../x.png', 'capture.json', 'shot.png', 'shot.png', ''])).toEqual(['x.png', 'capture-2.json', 'shot.png', 'shot-2.png', 'file-5']);
    expect(bundleFileName('', new Date('2026-01-02T03:04:05.678Z'), 'platform')).toBe('preserve-case-20260102T030405Z-platform-copy.zip');
  });
});

describe('SHA256SUMS', () => {
  it('round-trips and is accepted by sha256sum -c', async () => {
    const text = formatSha256Sums([{ path: 'a.txt', sha256: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb' }]);
    expect(parseSha256Sums(text)).toEqual({
      lines: [{ path: 'a.txt', sha256: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb' }],
      problems: [],
    });
    await withTempDir((dir) => {
      execFileSync('sh', ['-c', `printf a > a.txt && printf '%s' '${text}' > SUMS && sha256sum -c SUMS`], { cwd: dir });
    });
    expect(parseSha256Sums('nonsense\n').problems).toEqual(['line 1 is not "<64 hex digits>  <file name>"']);
  });

  it('reads only the form Preserve writes: no duplicates, binary markers, escapes, CR or upper case', () => {
    const hex = 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb';
    const bad = (line: string) => parseSha256Sums(`${line}\n`).problems;
    expect(parseSha256Sums(`${hex}  a.txt\n${hex}  a.txt\n`).problems).toEqual(['lists a.txt twice']);
    expect(bad(`${hex} *a.txt`)).toHaveLength(1);
    expect(bad(`\\${hex}  a\\nb.txt`)).toHaveLength(1);
    expect(bad(`${hex}  a.txt\r`)).toHaveLength(1);
    expect(bad(`${hex.toUpperCase()}  a.txt`)).toHaveLength(1);
    expect(parseSha256Sums(`${hex}  a.txt`).problems).toEqual(['does not end with a line break']);
  });
});

describe('keys and signatures', () => {
  it('derives the same SPKI as WebCrypto exports, and a PEM openssl reads', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const jwk = publicJwk(await crypto.subtle.exportKey('jwk', pair.publicKey));
    expect(jwkToSpkiDer(jwk)).toEqual(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
    const out = execFileSync('openssl', ['pkey', '-pubin', '-noout', '-text'], { input: spkiPem(jwkToSpkiDer(jwk)), encoding: 'utf8' });
    expect(out).toMatch(/P-256|prime256v1/);
  });

  it('encodes P1363 signatures as DER integers, padding high bits and trimming zeros', () => {
    const signature = new Uint8Array(64);
    signature[0] = 0x80;
    signature[63] = 0x01;
    const der = p1363ToDer(signature);
    expect([...der.subarray(0, 5)]).toEqual([0x30, 2 + 33 + 2 + 1, 0x02, 33, 0x00]);
    expect([...der.subarray(-3)]).toEqual([0x02, 1, 0x01]);
  });
});
