import { describe, expect, it } from 'vitest';
import { buildBundleBytes, buildBundleFiles } from '../../../src/bundle/build-bundle';
import { parseBundleForImport } from '../../../src/bundle/parse-import';
import type { CaseJson } from '../../../src/bundle/types';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import type { IncidentRecord } from '../../../src/shared/types';
import { bundleInput, type Fixture, makeFixture, realSigner } from './fixtures';
import { bytesOf, reseal, text, unzipToMap, zipMap } from './zip-tools';

const HOSTILE = '=HYPERLINK("https://evil.test/log","click")\n+1 "quoted", -2 @SUM(A1)';

/** The fixture with a full, hostile hand-written entry and an automatic one. */
function withLog(count = 3): Fixture {
  const fixture = makeFixture(count);
  const full: IncidentRecord = {
    id: 'incident-full',
    caseId: 'case-1',
    occurredAt: '2026-11-20T23:15:00+01:00',
    recordedAt: '2026-11-21T08:00:00.000Z',
    updatedAt: '2026-11-22T08:00:00.000Z',
    summary: HOSTILE,
    details: '<script>alert(1)</script>',
    captureIds: ['capture-1', 'capture-2', 'capture-gone'],
    suspectedBy: '@SUM(1+1)',
    suspectEvidence: '-The same photo was on his phone',
    evidenceNeeded: 'The first post',
    context: 'u/throwaway\nhttps://www.reddit.com/user/throwaway',
    platform: 'reddit',
    status: 'reported',
    source: 'person',
  };
  const auto: IncidentRecord = {
    id: 'incident-auto',
    caseId: 'case-1',
    occurredAt: '2026-11-21T09:00:00.000Z',
    recordedAt: '2026-11-21T09:00:00.100Z',
    summary: 'Saved evidence of a Reddit post by u/someone',
    captureIds: ['capture-1'],
    context: 'https://www.reddit.com/r/pics/comments/abc123/title/',
    platform: 'reddit',
    status: 'open',
    source: 'capture',
    sourceId: 'capture-1',
  };
  return { ...fixture, incidents: [full, auto] };
}

/** A minimal RFC 4180 reader: enough to prove every cell comes back whole. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows.at(-1)!.push(cell);
    cell = '';
  };
  const body = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted && ch === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endCell();
    } else if (!quoted && ch === '\r' && body[i + 1] === '\n') {
      endCell();
      rows.push([]);
      i++;
    } else {
      cell += ch;
    }
  }
  return rows.filter((row) => row.length > 1);
}

describe('the incident log in the bundle', () => {
  it('writes incident-log.csv with every field, one row per entry, with hostile text made inert', async () => {
    const platformName = (id: string) => (id === 'reddit' ? 'Reddit' : undefined);
    const files = await buildBundleFiles(bundleInput(withLog(), await realSigner(), { platformName }));
    const [header, full, auto] = parseCsv(text(files.get('incident-log.csv')));
    const row = Object.fromEntries(header!.map((name, i) => [name, full![i]]));
    expect(row).toMatchObject({
      Entry: '1',
      'Entry id': 'incident-full',
      'Occurred at': '2026-11-20T23:15:00+01:00',
      'Changed at': '2026-11-22T08:00:00.000Z',
      Status: 'reported',
      Platform: 'Reddit',
      'Added by': 'person',
      // Spreadsheets run cells starting with = + - @ as formulas: each gets an apostrophe, and quotes and line breaks survive.
      'What happened': `'${HOSTILE}`,
      'Who they think did it': "'@SUM(1+1)",
      'Evidence they did it': "'-The same photo was on his phone",
      'Evidence still needed': 'The first post',
      'Handle, address or context': 'u/throwaway\nhttps://www.reddit.com/user/throwaway',
      'Evidence it happened (captures)':
        'captures/0001-2026-11-21-reddit/ (capture-1)\ncaptures/0002-2026-11-22-reddit/ (capture-2)\ncapture-gone (not in this bundle)',
    });
    expect(auto![header!.indexOf('Added from')]).toBe('capture-1');
    expect(text(files.get('SHA256SUMS'))).toMatch(/^[0-9a-f]{64} {2}incident-log\.csv$/m);
  });

  it('verifies with its entries, and fails when incident-log.csv is changed', async () => {
    const zip = await buildBundleBytes(bundleInput(withLog(), await realSigner()));
    expect((await verifyBundle(zip)).problems).toEqual([]);
    const files = await unzipToMap(zip);
    files.set('incident-log.csv', bytesOf(text(files.get('incident-log.csv')).replace('reported', 'closed')));
    const result = await verifyBundle(await zipMap(files));
    expect(result.ok).toBe(false);
    expect(result.problems.filter((problem) => problem.file === 'incident-log.csv').map((problem) => problem.message)).toEqual([
      'has been changed: its SHA-256 does not match manifest.json',
      'has been changed: its SHA-256 does not match SHA256SUMS',
    ]);
  });

  it('shows every field in the report’s log, escaped, between the cover and the first capture', async () => {
    const files = await buildBundleFiles(bundleInput(withLog(), await realSigner()));
    const html = text(files.get('report.html'));
    const log = html.slice(html.indexOf('id="incident-log"'), html.indexOf('id="capture-1"'));
    for (const shown of [
      'Who you think did it',
      '@SUM(1+1)',
      'Evidence still needed',
      'The first post',
      'Reported',
      'Reddit',
      '2026-11-20T23:15:00+01:00',
      'u/throwaway<br>https://',
    ]) {
      expect(log).toContain(shown);
    }
    expect(log).toContain('&lt;script&gt;');
    expect(log).not.toContain('<script>');
    expect(log).toContain('<a href="#capture-2">');
    expect(log).toContain('a capture not in this bundle');
    const order = ['class="cover"', 'id="incident-log"', 'id="capture-1"', 'id="capture-3"', 'id="removal-requests"'].map((mark) => html.indexOf(mark));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('lists the entries by when they happened, oldest first, whatever order the store gave them in', async () => {
    const fixture = withLog();
    const [full, auto] = fixture.incidents as [IncidentRecord, IncidentRecord];
    // The same moment as the automatic entry, recorded later: it follows it. The store orders by id, which says nothing of time.
    const sameMoment: IncidentRecord = { ...auto, id: 'a-same-moment', recordedAt: '2026-11-21T10:00:00.000Z', summary: 'Told my sister', source: 'person' };
    const earliest: IncidentRecord = {
      ...auto,
      id: 'z-earliest',
      occurredAt: '2026-11-19T12:00:00+09:00',
      summary: 'He sent it to a friend',
      source: 'person',
    };
    const files = await buildBundleFiles(bundleInput({ ...fixture, incidents: [sameMoment, auto, full, earliest] }, await realSigner()));
    const expected = ['z-earliest', 'incident-full', 'incident-auto', 'a-same-moment'];
    const [header, ...rows] = parseCsv(text(files.get('incident-log.csv')));
    expect(rows.map((row) => row[header!.indexOf('Entry id')])).toEqual(expected);
    expect((JSON.parse(text(files.get('case.json'))) as CaseJson).incidents.map((entry) => entry.id)).toEqual(expected);
    const html = text(files.get('report.html'));
    const shown = ['He sent it to a friend', '=HYPERLINK', 'Saved evidence of a Reddit post', 'Told my sister'].map((summary) => html.indexOf(summary));
    expect(shown.every((at) => at > html.indexOf('id="incident-log"'))).toBe(true);
    expect([...shown].sort((a, b) => a - b)).toEqual(shown);
  });

  it('leaves what the person wrote out of the platform copy', async () => {
    const files = await buildBundleFiles(bundleInput(withLog(), await realSigner(), { copy: 'platform' }));
    const everything = ['incident-log.csv', 'report.html', 'case.json'].map((name) => text(files.get(name))).join('\n');
    for (const secret of ['evil.test/log', 'SUM(1+1)', 'his phone', 'The first post', 'throwaway']) expect(everything).not.toContain(secret);
    const caseJson = JSON.parse(text(files.get('case.json'))) as CaseJson;
    expect(caseJson.incidents[0]).toMatchObject({ status: 'reported', platform: 'reddit', captureIds: ['capture-1', 'capture-2', 'capture-gone'] });
  });

  it('comes back into the incidents of an imported case, its links pointing at the new captures', async () => {
    let n = 0;
    const zip = await buildBundleBytes(bundleInput(withLog(), await realSigner()));
    const imported = await parseBundleForImport(zip, { bundleName: 'b.zip', now: () => new Date('2026-12-05T00:00:00.000Z'), newId: () => `new-${++n}` });
    const newIds = new Map(imported.captures.map((capture) => [capture.imported!.originalCaptureId, capture.id]));
    const [full, auto] = imported.incidents;
    expect(full).toMatchObject({
      caseId: imported.caseRecord.id,
      summary: HOSTILE,
      suspectedBy: '@SUM(1+1)',
      status: 'reported',
      updatedAt: '2026-11-22T08:00:00.000Z',
    });
    expect(full!.captureIds).toEqual([newIds.get('capture-1'), newIds.get('capture-2')]);
    expect(auto).toMatchObject({ source: 'capture', sourceId: newIds.get('capture-1'), captureIds: [newIds.get('capture-1')] });
  });

  it('still verifies and imports a bundle made before entries had a status or a source', async () => {
    const files = await unzipToMap(await buildBundleBytes(bundleInput(makeFixture(2), await realSigner())));
    const caseJson = JSON.parse(text(files.get('case.json'))) as CaseJson;
    caseJson.incidents = caseJson.incidents.map(({ status: _s, source: _o, ...old }) => old);
    expect(caseJson.incidents[0]).not.toHaveProperty('status');
    files.set('case.json', bytesOf(JSON.stringify(caseJson)));
    const zip = await zipMap(await reseal(files, await realSigner()));
    expect((await verifyBundle(zip)).problems).toEqual([]);
    let n = 0;
    const imported = await parseBundleForImport(zip, { bundleName: 'old.zip', now: () => new Date(), newId: () => `id-${++n}` });
    expect(imported.incidents).toEqual([expect.objectContaining({ summary: 'Jane found the post', status: 'open', source: 'person' })]);
  });
});
