import { describe, expect, it } from 'vitest';
import { buildBundleBytes, buildBundleFiles } from '../../../src/bundle/build-bundle';
import { parseBundleForImport } from '../../../src/bundle/parse-import';
import { NEVER_STORED } from '../../../src/bundle/prepare-capture';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { sealCapture } from '../../../src/shared/chain';
import type { CaptureRecord } from '../../../src/shared/types';
import { bundleInput, makeFixture, realSigner } from './fixtures';
import { bytesOf, reseal, text, unzipToMap, zipMap } from './zip-tools';

/** A case captured in under-18 mode: records carry fingerprints, the store holds no image bytes. */
function hashOnlyFixture() {
  const fixture = makeFixture(2);
  const captures: CaptureRecord[] = [];
  for (const capture of fixture.captures) {
    const { recordHash: _old, ...rest } = capture;
    captures.push(
      sealCapture({ ...rest, prevHash: captures.at(-1)?.recordHash ?? null, artifacts: rest.artifacts.map((a) => ({ ...a, stored: false as const })) }),
    );
  }
  const caseRecord = { ...fixture.caseRecord, headHash: captures.at(-1)!.recordHash };
  return { ...fixture, caseRecord, captures, artifacts: new Map<string, Uint8Array>() };
}

describe('bundles of captures whose images were never stored (under-18 mode)', () => {
  it('list the fingerprint as never stored, read no bytes, and verify', async () => {
    const fixture = hashOnlyFixture();
    const input = bundleInput(fixture, await realSigner(), {
      readArtifact: async () => {
        throw new Error('no bytes should be read');
      },
    });
    const files = await buildBundleFiles(input);
    expect([...files.keys()].some((path) => path.endsWith('.png'))).toBe(false);
    const json = JSON.parse(text(files.get([...files.keys()].find((path) => path.endsWith('capture.json'))!)!));
    expect(json.omitted).toEqual([expect.objectContaining({ sha256: fixture.captures[0]!.artifacts[0]!.sha256, reason: NEVER_STORED })]);
    const zip = await buildBundleBytes(input);
    const result = await verifyBundle(zip);
    expect(result.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
    expect(result.ok).toBe(true);
    const imported = await parseBundleForImport(zip, { bundleName: 'b.zip', now: () => new Date(), newId: () => crypto.randomUUID() });
    expect(imported.artifacts.size).toBe(0);
    expect(imported.captures.every((capture) => capture.artifacts[0]?.stored === false)).toBe(true);
  });

  it('still refuse a legal copy that leaves out a file the record says was stored', async () => {
    const fixture = makeFixture(1);
    const files = await unzipToMap(await buildBundleBytes(bundleInput(fixture, await realSigner())));
    const path = [...files.keys()].find((name) => name.endsWith('capture.json'))!;
    const json = JSON.parse(text(files.get(path)!));
    const [file] = json.files;
    json.omitted = [{ artifactId: file.artifactId, name: file.name, sha256: file.sha256, bytes: file.bytes, reason: NEVER_STORED }];
    json.files = [];
    files.set(path, bytesOf(`${JSON.stringify(json, null, 2)}\n`));
    files.delete(file.path);
    const result = await verifyBundle(await zipMap(await reseal(files, await realSigner())));
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => problem.message).join('\n')).toMatch(/only the platform copy may/);
  });
});
