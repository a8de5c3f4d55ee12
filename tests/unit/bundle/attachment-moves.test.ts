import { describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import type { BundleMove } from '../../../src/bundle/bundle-moves';
import { parseBundleForImport } from '../../../src/bundle/parse-import';
import type { CaptureJson, CaseJson } from '../../../src/bundle/types';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { attachmentCapture, isAttachment } from '../../../src/capture/attachment-record';
import { sealCapture } from '../../../src/shared/chain';
import { sha256Bytes } from '../../../src/shared/hash';
import { CAPTURE_FORMAT, type CaptureRecord } from '../../../src/shared/types';
import { bundleInput, fakeImage, makeFixture, realSigner } from './fixtures';
import { bytesOf, reseal, text, unzipToMap, zipMap } from './zip-tools';

const REPORT = bytesOf('%PDF-1.7 a police report, pretend');

/**
 * Case 1 holds its own captures 1 and 3 (2 was moved to case 2), a file the person added as
 * capture 4, and capture 1 of case 2, moved in.
 */
async function scene() {
  const fixture = makeFixture(3);
  const [first, second, third] = fixture.captures as [CaptureRecord, CaptureRecord, CaptureRecord];
  const pending = attachmentCapture({
    captureId: 'added-1',
    artifactId: 'added-1-file',
    file: { name: 'police report (copy).pdf', type: 'application/pdf', size: REPORT.length, lastModified: Date.parse('2026-11-01T08:00:00.000Z') },
    sha256: await sha256Bytes(REPORT),
    now: new Date('2026-11-25T09:00:00.000Z'),
    timeZone: 'Europe/Madrid',
    utcOffsetMinutes: 60,
    browser: { name: 'Chromium', version: '140.0.1.2' },
    extensionVersion: '0.1.0',
  });
  const attachment = sealCapture({ format: CAPTURE_FORMAT, ...pending, caseId: 'case-1', seq: 4, prevHash: third.recordHash });
  fixture.artifacts.set('added-1-file', REPORT);
  const otherBytes = fakeImage(99);
  fixture.artifacts.set('other-shot', otherBytes);
  const other = sealCapture({
    ...first,
    id: 'other-1',
    caseId: 'case-2',
    seq: 1,
    prevHash: null,
    artifacts: [{ ...first.artifacts[0]!, id: 'other-shot', sha256: await sha256Bytes(otherBytes), size: otherBytes.length }],
  });
  const moves: BundleMove[] = [
    { kind: 'capture-moved-out', at: '2026-11-26T10:00:00.000Z', captureId: second.id, otherCaseId: 'case-2', seq: 2, recordHash: second.recordHash },
    { kind: 'capture-moved-in', at: '2026-11-26T10:05:00.000Z', captureId: other.id, otherCaseId: 'case-2', seq: 1, recordHash: other.recordHash },
  ];
  const caseRecord = { ...fixture.caseRecord, captureCount: 4, headHash: attachment.recordHash };
  const signer = await realSigner();
  const input = bundleInput({ ...fixture, caseRecord, captures: [first, third, attachment, other] }, signer, { moves, notes: [], incidents: [] });
  return { zip: await buildBundleBytes(input), attachment, other, signer, moves };
}

describe('a bundle holding an added file and a moved capture', () => {
  it('builds an attachment record: observed by Preserve, the file’s own facts kept apart as claims', async () => {
    const { attachment } = await scene();
    expect(attachment).toMatchObject({ trigger: 'attachment', claimed: null, seq: 4 });
    expect(attachment.observed).toMatchObject({ tabUrl: '', tabTitle: 'police report (copy).pdf', capturedAt: '2026-11-25T09:00:00.000Z', viewport: null });
    expect(attachment.attachment).toEqual({
      fileName: 'police report (copy).pdf',
      mediaType: 'application/pdf',
      size: REPORT.length,
      lastModified: '2026-11-01T08:00:00.000Z',
    });
    expect(attachment.artifacts).toEqual([
      {
        id: 'added-1-file',
        kind: 'attachment',
        name: 'police report (copy).pdf',
        mediaType: 'application/pdf',
        size: REPORT.length,
        sha256: await sha256Bytes(REPORT),
      },
    ]);
    expect(isAttachment(attachment)).toBe(true);
  });

  it('verifies: each chain checked, the gap in its own chain explained by the recorded move', async () => {
    const { zip, attachment } = await scene();
    const result = await verifyBundle(zip);
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatchObject({ captureCount: 4, selection: 'whole-case' });
    const files = await unzipToMap(zip);
    const folders = [...files.keys()].filter((path) => path.endsWith('/capture.json'));
    expect(folders.some((path) => /-from-case-2\/capture\.json$/.test(path))).toBe(true);
    const added = [...files].find(([path]) => path.endsWith('/police-report-copy-.pdf'));
    expect(added && (await sha256Bytes(added[1]))).toBe(attachment.artifacts[0]!.sha256);
    const caseJson = JSON.parse(text(files.get('case.json'))) as CaseJson;
    expect(caseJson.moves?.map((move) => move.kind)).toEqual(['capture-moved-out', 'capture-moved-in']);
  });

  it('refuses a capture of another chain that case.json does not say was moved in', async () => {
    const { zip, signer } = await scene();
    const files = await unzipToMap(zip);
    const caseJson = JSON.parse(text(files.get('case.json'))) as CaseJson;
    files.set('case.json', bytesOf(JSON.stringify({ ...caseJson, moves: caseJson.moves!.filter((move) => move.kind === 'capture-moved-out') })));
    const result = await verifyBundle(await zipMap(await reseal(files, signer)));
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => problem.message)).toContain('belongs to a different case');
  });

  it('refuses a whole case with a gap that no recorded move explains', async () => {
    const { zip, signer } = await scene();
    const files = await unzipToMap(zip);
    const caseJson = JSON.parse(text(files.get('case.json'))) as CaseJson;
    files.set('case.json', bytesOf(JSON.stringify({ ...caseJson, moves: caseJson.moves!.filter((move) => move.kind === 'capture-moved-in') })));
    const result = await verifyBundle(await zipMap(await reseal(files, signer)));
    expect(result.problems.map((problem) => problem.message)).toContain(
      'says the whole case is here, but captures of its chain are neither in the bundle nor recorded as moved out',
    );
  });

  it('refuses a changed attachment record', async () => {
    const { zip, signer } = await scene();
    const files = await unzipToMap(zip);
    const path = [...files.keys()].find((name) => name.includes('-web/capture.json') && text(files.get(name)).includes('"attachment"'))!;
    const json = JSON.parse(text(files.get(path))) as CaptureJson;
    json.record.attachment!.lastModified = '2020-01-01T00:00:00.000Z';
    files.set(path, bytesOf(JSON.stringify(json)));
    const result = await verifyBundle(await zipMap(await reseal(files, signer)));
    expect(result.problems).toContainEqual({ file: path, message: 'capture record has been changed: its hash does not match' });
  });

  it('imports into a fresh chain with the added file’s bytes and claims intact', async () => {
    const { zip, attachment } = await scene();
    let n = 0;
    const imported = await parseBundleForImport(zip, { bundleName: 'b.zip', now: () => new Date('2026-12-05T00:00:00.000Z'), newId: () => `new-${++n}` });
    expect(imported.captures).toHaveLength(4);
    const added = imported.captures.find((capture) => capture.attachment)!;
    expect(added.attachment).toEqual(attachment.attachment);
    expect(isAttachment(added)).toBe(true);
    expect(await sha256Bytes(imported.artifacts.get(added.artifacts[0]!.id)!)).toBe(attachment.artifacts[0]!.sha256);
  });
});
