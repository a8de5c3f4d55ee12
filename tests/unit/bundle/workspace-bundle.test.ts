import { describe, expect, it } from 'vitest';
import { buildBundleBytes, buildBundleFiles } from '../../../src/bundle/build-bundle';
import { parseBundleForImport, type ImportOptions } from '../../../src/bundle/parse-import';
import type { WorkspaceInput, WorkspaceJson } from '../../../src/bundle/types';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { bundleInput, fakeSigner, makeFixture, realSigner } from './fixtures';
import { bytesOf, reseal, text, unzipToMap, zipMap } from './zip-tools';

const HOSTILE_URL = 'https://example.com/p?q=<script>alert(1)</script>&x="y"';
const SHA = (digit: string) => digit.repeat(64);

/** A case whose plan, assessments, history and watched links all hold something, given out of order. */
function workspace(): WorkspaceInput {
  return {
    planSteps: [
      { id: 'case-1:log', caseId: 'case-1', stepId: 'log', state: 'not-for-me', at: '2026-11-22T10:00:00.000Z' },
      { id: 'case-1:breathe', caseId: 'case-1', stepId: 'breathe', state: 'done', at: '2026-11-21T10:00:00.000Z' },
    ],
    assessments: [
      { id: 'assess-2', caseId: 'case-1', at: '2026-11-23T08:00:00.000Z', answers: { violence: 'no', partner: 'yes' }, level: 'moderate' },
      { id: 'assess-1', caseId: 'case-1', at: '2026-11-20T08:00:00.000Z', answers: { violence: 'yes', 'unsafe-now': 'unsure' }, level: 'urgent' },
    ],
    caseEvents: [
      { id: 'event-2', caseId: 'case-1', at: '2026-11-25T00:00:00.000Z', kind: 'exported' },
      { id: 'event-1', caseId: 'case-1', at: '2026-11-19T00:00:00.000Z', kind: 'created', to: 'My case' },
      {
        id: 'event-3',
        caseId: 'case-1',
        at: '2026-11-26T00:00:00.000Z',
        kind: 'capture-moved-out',
        captureId: 'capture-9',
        otherCaseId: 'case-2',
        captureSeq: 9,
      },
    ],
    monitors: [
      {
        id: 'monitor-1',
        caseId: 'case-1',
        url: HOSTILE_URL,
        captureId: 'capture-2',
        addedAt: '2026-11-21T00:00:00.000Z',
        enabled: true,
        everyHours: 24,
        lastState: 'removed',
        memory: { removed: true, seenUp: true, fingerprint: SHA('a') },
      },
      {
        id: 'monitor-2',
        caseId: 'case-1',
        url: 'https://example.org/gone',
        captureId: 'capture-9',
        addedAt: '2026-11-22T00:00:00.000Z',
        enabled: true,
        everyHours: 6,
      },
    ],
    linkChecks: [
      {
        id: 'check-2',
        caseId: 'case-1',
        monitorId: 'monitor-1',
        url: HOSTILE_URL,
        checkedAt: '2026-11-24T00:00:00.000Z',
        state: 'removed',
        httpStatus: 404,
        reason: 'not-found',
      },
      {
        id: 'check-1',
        caseId: 'case-1',
        monitorId: 'monitor-1',
        url: HOSTILE_URL,
        checkedAt: '2026-11-22T00:00:00.000Z',
        state: 'up',
        httpStatus: 200,
        bodySha256: SHA('b'),
      },
      { id: 'check-orphan', caseId: 'case-1', monitorId: 'monitor-deleted', url: HOSTILE_URL, checkedAt: '2026-11-23T00:00:00.000Z', state: 'up' },
    ],
  };
}

function options(): ImportOptions {
  let n = 0;
  return { bundleName: 'bundle.zip', now: () => new Date('2026-12-05T00:00:00.000Z'), newId: () => `new-${++n}` };
}

const workspaceJson = (files: Map<string, Uint8Array>) => JSON.parse(text(files.get('workspace.json'))) as WorkspaceJson;
const problemLines = (problems: readonly { file?: string; message: string }[]) => problems.map((p) => `${p.file}: ${p.message}`).join('\n');

describe('the workspace in the bundle', () => {
  it('writes workspace.json, sorted, listed and hashed in SHA256SUMS and the manifest, keeping only links it can follow', async () => {
    const files = await buildBundleFiles(bundleInput(makeFixture(3), fakeSigner, { workspace: workspace() }));
    const json = workspaceJson(files);
    expect(json.planSteps.map((step) => step.stepId)).toEqual(['breathe', 'log']);
    expect(json.assessments.map((row) => row.id)).toEqual(['assess-1', 'assess-2']);
    expect(json.caseEvents.map((row) => row.id)).toEqual(['event-1', 'event-2', 'event-3']);
    expect(json.monitors[0]).toMatchObject({ id: 'monitor-1', captureId: 'capture-2' });
    // capture-9 is not in the bundle, and check-orphan's link is gone.
    expect(json.monitors[1]!.captureId).toBeUndefined();
    expect(json.linkChecks.map((row) => row.id)).toEqual(['check-1', 'check-2']);
    expect(text(files.get('SHA256SUMS'))).toMatch(/^[0-9a-f]{64} {2}workspace\.json$/m);
    expect(text(files.get('manifest.json'))).toContain('"path": "workspace.json"');
  });

  it('writes no workspace.json when there is nothing in it, so those bundles keep their bytes, nor on the platform copy', async () => {
    const empty: WorkspaceInput = { planSteps: [], assessments: [], caseEvents: [], monitors: [], linkChecks: [] };
    const without = await buildBundleBytes(bundleInput(makeFixture(2), fakeSigner));
    const withEmpty = await buildBundleBytes(bundleInput(makeFixture(2), fakeSigner, { workspace: empty }));
    expect(withEmpty).toEqual(without);
    const platform = await buildBundleFiles(bundleInput(makeFixture(2), fakeSigner, { workspace: workspace(), copy: 'platform' }));
    expect(platform.has('workspace.json')).toBe(false);
    expect(text(platform.get('report.html'))).not.toContain('id="workspace"');
  });

  it('shows plan progress, each assessment with its date and level, and each watched link with its checks in report.html, escaped', async () => {
    const report = text((await buildBundleFiles(bundleInput(makeFixture(3), fakeSigner, { workspace: workspace() }))).get('report.html'));
    const section = report.slice(report.indexOf('<section class="log-section" id="workspace">'));
    expect(section).toContain('Steps marked done: 1. Steps set aside: 1.');
    expect(section).toContain('Stop, breathe, and reach out');
    expect(section).toContain('Keep an incident log');
    expect(section).toContain('<time>2026-11-20T08:00:00.000Z</time> · Please put your safety first');
    expect(section).toContain('<time>2026-11-23T08:00:00.000Z</time> · Some things to keep an eye on');
    expect(section).toContain('<code>https://example.com/p?q=&lt;script&gt;alert(1)&lt;/script&gt;&amp;x=&quot;y&quot;</code>');
    expect(section).toContain('<time>2026-11-24T00:00:00.000Z</time> · Taken down');
    expect(report).not.toContain('<script>alert(1)');
    expect(report).toContain('<a href="#workspace">');

    const spanish = text((await buildBundleFiles(bundleInput(makeFixture(1), fakeSigner, { workspace: workspace(), language: 'es' }))).get('report.html'));
    expect(spanish).toContain('Pasos marcados como hechos: 1. Pasos dejados de lado: 1.');
  });

  it('comes back through import as rows of the new case: new ids, links re-made, moves left out, watching off', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(3), await realSigner(), { workspace: workspace(), incidents: [] }));
    const imported = await parseBundleForImport(zip, options());
    const caseId = imported.caseRecord.id;
    const newIds = new Map(imported.captures.map((capture) => [capture.imported!.originalCaptureId, capture.id]));
    const { planSteps, assessments, caseEvents, monitors, linkChecks } = imported.workspace;
    expect(planSteps).toEqual([
      { id: `${caseId}:breathe`, caseId, stepId: 'breathe', state: 'done', at: '2026-11-21T10:00:00.000Z' },
      { id: `${caseId}:log`, caseId, stepId: 'log', state: 'not-for-me', at: '2026-11-22T10:00:00.000Z' },
    ]);
    expect(assessments.map((row) => [row.caseId, row.level, row.answers])).toEqual([
      [caseId, 'urgent', { violence: 'yes', 'unsafe-now': 'unsure' }],
      [caseId, 'moderate', { violence: 'no', partner: 'yes' }],
    ]);
    expect(assessments.some((row) => row.id.startsWith('assess-'))).toBe(false);
    expect(caseEvents.map((row) => [row.kind, row.caseId])).toEqual([
      ['created', caseId],
      ['exported', caseId],
    ]);
    expect(monitors).toHaveLength(2);
    expect(monitors[0]).toMatchObject({ caseId, url: HOSTILE_URL, captureId: newIds.get('capture-2'), enabled: false, lastState: 'removed' });
    expect(monitors.every((monitor) => !monitor.enabled && !monitor.id.startsWith('monitor-'))).toBe(true);
    expect(linkChecks.map((check) => [check.monitorId, check.state, check.caseId])).toEqual([
      [monitors[0]!.id, 'up', caseId],
      [monitors[0]!.id, 'removed', caseId],
    ]);
    expect(imported.caseRecord.imported?.verifiedFiles).toBe(imported.summary.fileCount);
    expect(imported.summary.fileCount).toBeGreaterThan(10);
  });

  it('imports a bundle without workspace.json with an empty workspace', async () => {
    const imported = await parseBundleForImport(await buildBundleBytes(bundleInput(makeFixture(1), await realSigner(), { incidents: [] })), options());
    expect(imported.workspace).toEqual({ planSteps: [], assessments: [], caseEvents: [], monitors: [], linkChecks: [] });
  });

  it('names a changed workspace.json by its fingerprint, and refuses one that is malformed or points nowhere even when re-signed', async () => {
    const signer = await realSigner();
    const files = await unzipToMap(await buildBundleBytes(bundleInput(makeFixture(2), signer, { workspace: workspace(), incidents: [] })));
    const changed = workspaceJson(files);
    changed.assessments[0]!.level = 'lower';
    files.set('workspace.json', bytesOf(JSON.stringify(changed)));
    const unsigned = await verifyBundle(await zipMap(files));
    expect(unsigned.ok).toBe(false);
    expect(problemLines(unsigned.problems)).toMatch(/^workspace\.json: .*(SHA-256|hash)/im);

    const malformed = workspaceJson(files);
    (malformed.assessments[0] as unknown as { level: string }).level = 'panic';
    files.set('workspace.json', bytesOf(JSON.stringify(malformed)));
    const refused = await verifyBundle(await zipMap(await reseal(files, signer)));
    expect(refused.ok).toBe(false);
    expect(problemLines(refused.problems)).toMatch(/^workspace\.json: is not in the expected form: at assessments\.0\.level/m);

    const dangling = workspaceJson(files);
    dangling.assessments[0]!.level = 'urgent';
    dangling.linkChecks[0]!.monitorId = 'monitor-9';
    dangling.monitors[0]!.captureId = 'capture-7';
    dangling.planSteps[0]!.caseId = 'case-2';
    files.set('workspace.json', bytesOf(JSON.stringify(dangling)));
    const relinked = await verifyBundle(await zipMap(await reseal(files, signer)));
    expect(relinked.ok).toBe(false);
    expect(relinked.problems).toEqual(
      expect.arrayContaining([
        { file: 'workspace.json', message: 'link check check-1 is for a watched link the file does not hold' },
        { file: 'workspace.json', message: 'watched link monitor-1 cites capture capture-7, which the bundle does not hold' },
        { file: 'workspace.json', message: 'holds plan step case-1:breathe, which belongs to a different case' },
      ]),
    );
    await expect(parseBundleForImport(await zipMap(await reseal(files, signer)), options())).rejects.toThrow(/workspace\.json/);
  });

  it('refuses workspace.json in a platform copy, where the person never put it', async () => {
    const signer = await realSigner();
    const legal = await unzipToMap(await buildBundleBytes(bundleInput(makeFixture(1), signer, { workspace: workspace(), incidents: [] })));
    const platform = await unzipToMap(await buildBundleBytes(bundleInput(makeFixture(1), signer, { copy: 'platform', incidents: [] })));
    platform.set('workspace.json', legal.get('workspace.json')!);
    const result = await verifyBundle(await zipMap(await reseal(platform, signer)));
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({ file: 'workspace.json', message: 'is in a platform copy, which leaves the workspace out' });
  });
});
