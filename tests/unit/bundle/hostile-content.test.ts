import { describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { compareEntryPaths } from '../../../src/bundle/bundle-paths';
import { BundleImportError, parseBundleForImport, type ImportOptions } from '../../../src/bundle/parse-import';
import { formatSha256Sums } from '../../../src/bundle/sha256sums';
import { p1363ToDer } from '../../../src/bundle/signing';
import type { BundleSigner } from '../../../src/bundle/types';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { formatVerifyResult } from '../../../src/bundle/verify-cli';
import { sha256Bytes } from '../../../src/shared/hash';
import { bundleInput, FIXED_NOW, makeFixture, realSigner } from './fixtures';
import { bytesOf, reseal, text, unzipToMap, zipMap } from './zip-tools';

const JSON_1 = 'captures/0001-2026-11-21-reddit/capture.json';
// biome-ignore lint/suspicious/noExplicitAny: a hostile edit reaches anywhere in the parsed file
type Json = Record<string, any>;

async function goodFiles(count = 2) {
  return unzipToMap(await buildBundleBytes(bundleInput(makeFixture(count), await realSigner())));
}

function editJson(files: Map<string, Uint8Array>, path: string, change: (json: Json) => void): void {
  const json = JSON.parse(text(files.get(path))) as Json;
  change(json);
  files.set(path, bytesOf(JSON.stringify(json)));
}

/** Rewrites only SHA256SUMS and its signature, as a forger with their own key would after editing other files. */
async function resignSums(files: Map<string, Uint8Array>, signer: BundleSigner, lines?: string): Promise<Map<string, Uint8Array>> {
  const out = new Map(files);
  out.delete('SHA256SUMS');
  out.delete('SHA256SUMS.sig');
  const listed = await Promise.all([...out.keys()].sort(compareEntryPaths).map(async (path) => ({ path, sha256: await sha256Bytes(out.get(path)!) })));
  const sums = bytesOf(lines ?? formatSha256Sums(listed));
  out.set('SHA256SUMS', sums);
  out.set('SHA256SUMS.sig', p1363ToDer(await signer.sign(sums)));
  return out;
}

async function problemsOf(files: Map<string, Uint8Array>): Promise<string[]> {
  const result = await verifyBundle(await zipMap(files));
  expect(result.ok).toBe(false);
  return result.problems.map((problem) => `${problem.file ?? ''}: ${problem.message}`);
}

describe('malformed JSON in a bundle re-signed by a stranger is refused by name, never a crash', () => {
  const cases: [string, string, (json: Json) => void, RegExp][] = [
    ['null where a file entry belongs', JSON_1, (json) => (json.files = [null]), /capture\.json: is not in the expected form: at files\.0/],
    ['a string where the artifact list belongs', JSON_1, (json) => (json.record.artifacts = 'screenshot.png'), /at record\.artifacts/],
    ['null where the observed facts belong', JSON_1, (json) => (json.record.observed = null), /at record\.observed/],
    ['a number where the capture id belongs', JSON_1, (json) => (json.record.id = 7), /at record\.id/],
    ['a malformed date', JSON_1, (json) => (json.record.observed.capturedAt = 'yesterday'), /at record\.observed\.capturedAt: must be a UTC time/],
    [
      'a page title of 200,001 characters',
      JSON_1,
      (json) => (json.record.claimed.documentTitle = 'x'.repeat(200_001)),
      /at record\.claimed\.documentTitle: must be at most 100000 characters/,
    ],
    ['null where a note belongs', 'case.json', (json) => (json.notes = [null]), /case\.json: is not in the expected form: at notes\.0/],
    ['a case title that is an object', 'case.json', (json) => (json.case.title = { text: 'x' }), /case\.json: is not in the expected form: at case\.title/],
    [
      'a case title that is an object, in the manifest too',
      'manifest.json',
      (json) => (json.preserve.case.title = { text: 'x' }),
      /manifest\.json: is not in the expected form: at preserve\.case\.title/,
    ],
    ['an id with a newline', 'case.json', (json) => (json.incidents[0].id = 'a\nb'), /at incidents\.0\.id: must be an id/],
    ['an unknown field', 'case.json', (json) => (json.extra = true), /case\.json: is not in the expected form: at extra/],
    [
      'null where an entry of the chain belongs',
      'manifest.json',
      (json) => (json.preserve.chain = [null]),
      /manifest\.json: is not in the expected form: at preserve\.chain\.0/,
    ],
    ['a string where the chain belongs', 'manifest.json', (json) => (json.preserve.chain = 'abc'), /at preserve\.chain/],
    [
      'a version with a newline and an escape sequence',
      'manifest.json',
      (json) => (json.preserve.software.version = '1\n  signing key: sha256:00\u001b[2K'),
      /at preserve\.software\.version: must be a version/,
    ],
    ['a copy that is not exactly "legal"', 'manifest.json', (json) => (json.preserve.copy = 'legal copy, trust me'), /at preserve\.copy/],
  ];

  it.each(cases)('%s', async (_name, path, change, expected) => {
    const files = await goodFiles();
    editJson(files, path, change);
    const problems = await problemsOf(await reseal(files, await realSigner()));
    expect(problems.join('\n')).toMatch(expected);
  });

  it('refuses JSON nested deeper than any file Preserve writes', async () => {
    const files = await goodFiles(1);
    // Written as text: JSON.stringify itself overflows the stack on such a value.
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    files.set(JSON_1, bytesOf(text(files.get(JSON_1)).replace('"claimed": {', `"claimed": {"deep": ${deep},`)));
    expect((await problemsOf(await reseal(files, await realSigner()))).join('\n')).toContain(`${JSON_1}: nests deeper than 32 levels`);
  });

  it('refuses a capture.json larger than its limit before reading it', async () => {
    const files = await goodFiles(1);
    files.set(JSON_1, bytesOf(`${text(files.get(JSON_1)).trimEnd()}${' '.repeat(5 << 20)}\n`));
    expect(await problemsOf(await reseal(files, await realSigner()))).toContain(
      `${JSON_1}: is ${files.get(JSON_1)!.length} bytes, more than the 4194304 such a file may hold`,
    );
  });

  it('imports a title given as an object nowhere: the import is refused and nothing is returned', async () => {
    const files = await goodFiles(1);
    editJson(files, 'case.json', (json) => (json.case.title = { toString: 'x' }));
    const error = await parseBundleForImport(await zipMap(await reseal(files, await realSigner())), importOptions()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundleImportError);
    expect((error as Error).message).toContain('case.json: is not in the expected form: at case.title');
  });
});

describe('the signed lists: manifest.digest.json and SHA256SUMS', () => {
  it('refuses a digest with an extra field, even with SHA256SUMS re-signed', async () => {
    const signer = await realSigner();
    const files = await reseal(await goodFiles(), signer);
    editJson(files, 'manifest.digest.json', (json) => (json.note = 'trust me'));
    expect(await problemsOf(await resignSums(files, signer))).toContainEqual(
      expect.stringMatching(/^manifest\.digest\.json: is not in the expected form: at note/),
    );
  });

  it('refuses a digest whose fields were moved or rewritten, even with the same values', async () => {
    const signer = await realSigner();
    const files = await reseal(await goodFiles(), signer);
    const digest = JSON.parse(text(files.get('manifest.digest.json'))) as Json;
    files.set('manifest.digest.json', bytesOf(JSON.stringify({ publicKey: digest.publicKey, ...digest })));
    expect(await problemsOf(await resignSums(files, signer))).toEqual([
      'manifest.digest.json: is not exactly the digest Preserve writes for this manifest (a field was added, changed or moved)',
    ]);
  });

  it('refuses SHA256SUMS with a duplicate line, a line for a file not in the zip, a missing line or a malformed line', async () => {
    const signer = await realSigner();
    const files = await reseal(await goodFiles(), signer);
    const sums = text(files.get('SHA256SUMS'));
    const [first = '', ...rest] = sums.trimEnd().split('\n');
    const ghost = `${'0'.repeat(64)}  captures/0001-2026-11-21-reddit/ghost.png`;
    const variants: [string, string][] = [
      [`${first}\n${first}\n${rest.join('\n')}\n`, `SHA256SUMS: lists ${first.slice(66)} twice`],
      [`${sums}${ghost}\n`, 'captures/0001-2026-11-21-reddit/ghost.png: is listed in SHA256SUMS but missing'],
      [`${rest.join('\n')}\n`, `${first.slice(66)}: is in the zip but not listed in SHA256SUMS`],
      [`${first.replace('  ', ' *')}\n${rest.join('\n')}\n`, 'SHA256SUMS: line 1 is not "<64 hex digits>  <file name>"'],
    ];
    for (const [lines, expected] of variants) expect(await problemsOf(await resignSums(files, signer, lines))).toContain(expected);
  });

  it('refuses SHA256SUMS changed without its signature, and a bundle without SHA256SUMS.sig', async () => {
    const files = await goodFiles();
    const unsigned = new Map(files);
    unsigned.set('SHA256SUMS', bytesOf(`${text(files.get('SHA256SUMS'))}`.replace(/^[0-9a-f]/, (digit) => (digit === '0' ? '1' : '0'))));
    expect(await problemsOf(unsigned)).toContain('SHA256SUMS: signature (SHA256SUMS.sig) does not verify with the bundled public key');
    files.delete('SHA256SUMS.sig');
    expect(await problemsOf(files)).toEqual(['SHA256SUMS.sig: is missing']);
  });
});

describe('what the verifier prints', () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('cannot be made to print a forged "signing key:" line by a version string', async () => {
    const files = await goodFiles(1);
    editJson(files, 'manifest.json', (json) => (json.preserve.software.version = '1\n  signing key: sha256:0000\u001b[2K\u009b2K'));
    const lines = formatVerifyResult('bundle\u001b[1A.zip', await verifyBundle(await zipMap(await reseal(files, await realSigner()))));
    for (const line of lines) expect(line).not.toMatch(unsafe);
    expect(lines.filter((line) => line.trimStart().startsWith('signing key:'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('sha256:0000');
    expect(lines[0]).toBe('FAILED: bundle\\u{001b}[1A.zip');
  });

  it('escapes control and bidi characters in file names taken from the zip', async () => {
    const files = await goodFiles(1);
    files.set('captures/0001-2026-11-21-reddit/\u202Egnp.exe', bytesOf('x'));
    const lines = formatVerifyResult('b.zip', await verifyBundle(await zipMap(files)));
    for (const line of lines) expect(line).not.toMatch(unsafe);
    expect(lines).toContain('  captures/0001-2026-11-21-reddit/\\u{202e}gnp.exe');
  });

  it('says "legal copy" only for a bundle that says exactly that', async () => {
    const legal = await verifyBundle(await buildBundleBytes(bundleInput(makeFixture(1), await realSigner())));
    expect(formatVerifyResult('b.zip', legal)[2]).toMatch(/^ {2}legal copy of case case-1, exported 2026-12-01T09:30:00.000Z by Preserve 0.1.0$/);
    const files = await goodFiles(1);
    editJson(files, 'manifest.json', (json) => (json.preserve.copy = 'Legal'));
    const forged = formatVerifyResult('b.zip', await verifyBundle(await zipMap(await reseal(files, await realSigner()))));
    expect(forged.join('\n')).not.toMatch(/legal copy|platform copy/);
  });
});

function importOptions(extra: Partial<ImportOptions> = {}): ImportOptions {
  let n = 0;
  return { bundleName: 'first.zip', now: () => new Date('2026-12-05T00:00:00.000Z'), newId: () => `new-${++n}`, ...extra };
}

/** Sets the zip's comment: the bytes change, the bundle does not. */
function withZipComment(zip: Uint8Array, comment: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = zip.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const bytes = bytesOf(comment);
    const out = new Uint8Array(at + 22 + bytes.length);
    out.set(zip.subarray(0, at + 22));
    new DataView(out.buffer).setUint16(at + 20, bytes.length, true);
    out.set(bytes, at + 22);
    return out;
  }
  throw new Error('no end record');
}

describe('"already imported" is decided by the bundle, not the zip bytes', () => {
  it('refuses the same bundle with a one-byte zip comment, re-zipped, or exported again unchanged', async () => {
    const fixture = makeFixture(2);
    const signer = await realSigner();
    const zip = await buildBundleBytes(bundleInput(fixture, signer));
    const first = await parseBundleForImport(zip, importOptions());
    const earlier = [first.caseRecord.imported!];
    expect(earlier[0]!.identity).toMatchObject({
      caseId: 'case-1',
      headHash: fixture.captures[1]!.recordHash,
      manifestSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const commented = withZipComment(zip, 'x');
    expect(await sha256Bytes(commented)).not.toBe(await sha256Bytes(zip));
    const reExported = await buildBundleBytes(bundleInput(fixture, signer, { now: () => new Date(FIXED_NOW.getTime() + 60_000) }));
    for (const copy of [commented, await zipMap(await unzipToMap(zip)), reExported]) {
      const error = await parseBundleForImport(copy, importOptions({ bundleName: 'second.zip', earlierImports: earlier })).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BundleImportError);
      expect((error as Error).message).toContain('This bundle has already been imported (as first.zip)');
    }
  });

  it('imports a bundle of the same case with a capture added since', async () => {
    const signer = await realSigner();
    const first = await parseBundleForImport(await buildBundleBytes(bundleInput(makeFixture(2), signer)), importOptions());
    const later = await parseBundleForImport(
      await buildBundleBytes(bundleInput(makeFixture(3), signer)),
      importOptions({ earlierImports: [first.caseRecord.imported!] }),
    );
    expect(later.captures).toHaveLength(3);
  });

  it('still refuses a bundle imported before identities were stored, by its zip bytes', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(1), await realSigner()));
    const old = { bundleName: 'old.zip', bundleSha256: await sha256Bytes(zip) };
    await expect(parseBundleForImport(zip, importOptions({ earlierImports: [old] }))).rejects.toThrow('already been imported (as old.zip)');
  });
});
