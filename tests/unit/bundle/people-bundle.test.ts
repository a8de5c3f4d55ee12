import { describe, expect, it } from 'vitest';
import { buildBundleBytes, buildBundleFiles } from '../../../src/bundle/build-bundle';
import { parseBundleForImport, type ImportOptions } from '../../../src/bundle/parse-import';
import type { PeopleJson } from '../../../src/bundle/types';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import type { PersonRecord } from '../../../src/shared/workspace-types';
import { bundleInput, fakeSigner, makeFixture, realSigner } from './fixtures';
import { bytesOf, reseal, text, unzipToMap, zipMap } from './zip-tools';

const HOSTILE = '<img src=x onerror=alert(1)>"\'&';

const PEOPLE: PersonRecord[] = [
  {
    id: 'person-1',
    caseId: 'case-1',
    role: 'perpetrator',
    name: `My ex ${HOSTILE}`,
    accounts: [
      {
        platform: 'reddit',
        handle: `u/${HOSTILE}`,
        stableId: 't2_abc123',
        formerHandles: ['u/old_name'],
        urls: ['https://www.reddit.com/user/someone'],
      },
    ],
    notes: 'He said he would post more.',
    captureIds: ['capture-1', 'capture-3', 'capture-gone'],
    createdAt: '2026-11-20T10:00:00.000Z',
  },
  { id: 'person-2', caseId: 'case-1', role: 'ally', name: `Sam ${HOSTILE}`, accounts: [], captureIds: [], createdAt: '2026-11-20T11:00:00.000Z' },
  {
    id: 'person-3',
    caseId: 'case-1',
    role: 'affected',
    name: 'My sister',
    accounts: [],
    notes: 'Lives near the old school',
    captureIds: [],
    createdAt: '2026-11-20T12:00:00.000Z',
  },
];

function options(): ImportOptions {
  let n = 0;
  return { bundleName: 'bundle.zip', now: () => new Date('2026-12-05T00:00:00.000Z'), newId: () => `new-${++n}` };
}

const peopleJson = (files: Map<string, Uint8Array>) => JSON.parse(text(files.get('people.json'))) as PeopleJson;

describe('people in the bundle', () => {
  it('writes people.json, listed and hashed in SHA256SUMS and the manifest, keeping only links to captures the bundle holds', async () => {
    const files = await buildBundleFiles(bundleInput(makeFixture(3), fakeSigner, { people: PEOPLE }));
    const json = peopleJson(files);
    expect(json.people.map((person) => person.id)).toEqual(['person-1', 'person-2', 'person-3']);
    expect(json.people[0]).toMatchObject({ notes: 'He said he would post more.', captureIds: ['capture-1', 'capture-3'] });
    expect(text(files.get('SHA256SUMS'))).toMatch(/^[0-9a-f]{64} {2}people\.json$/m);
    expect(text(files.get('manifest.json'))).toContain('"path": "people.json"');
  });

  it('writes no people.json when the case records no one', async () => {
    const files = await buildBundleFiles(bundleInput(makeFixture(1), fakeSigner, { people: [] }));
    expect(files.has('people.json')).toBe(false);
    expect(text(files.get('report.html'))).not.toContain('id="people"');
  });

  it('shows accounts with handles and ids, and allies and affected people by name only, all escaped, in report.html', async () => {
    const report = text((await buildBundleFiles(bundleInput(makeFixture(3), fakeSigner, { people: PEOPLE }))).get('report.html'));
    const section = report.slice(report.indexOf('<section class="log-section" id="people">'));
    expect(section).toContain('<code>t2_abc123</code>');
    expect(section).toContain('<code>u/old_name</code>');
    expect(section).toContain('u/&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(section).toContain('<li>Sam &lt;img');
    expect(section).toContain('<li>My sister</li>');
    expect(section).toContain('<a href="#capture-3">3</a>');
    expect(report).not.toContain('<img src=x');
    expect(report).not.toContain('He said he would post more.');
    expect(report).not.toContain('Lives near the old school');
  });

  it('keeps only the accounts involved in the platform copy, without names or notes', async () => {
    const files = await buildBundleFiles(bundleInput(makeFixture(2), fakeSigner, { people: PEOPLE, copy: 'platform' }));
    const json = peopleJson(files);
    expect(json.people).toHaveLength(1);
    expect(json.people[0]).toMatchObject({ role: 'perpetrator', name: '', accounts: PEOPLE[0]!.accounts });
    expect(json.people[0]!.notes).toBeUndefined();
    const report = text(files.get('report.html'));
    expect(report).not.toContain('Sam');
    expect(report).not.toContain('My ex');
    expect(report).toContain('t2_abc123');
  });

  it('comes back through import as people of the new case, linked to the new capture ids', async () => {
    const zip = await buildBundleBytes(bundleInput(makeFixture(3), await realSigner(), { people: PEOPLE, incidents: [] }));
    const imported = await parseBundleForImport(zip, options());
    const newIds = new Map(imported.captures.map((capture) => [capture.imported!.originalCaptureId, capture.id]));
    expect(imported.people).toHaveLength(3);
    const [perpetrator, ally] = imported.people;
    expect(perpetrator).toMatchObject({
      caseId: imported.caseRecord.id,
      role: 'perpetrator',
      name: PEOPLE[0]!.name,
      accounts: PEOPLE[0]!.accounts,
      captureIds: [newIds.get('capture-1'), newIds.get('capture-3')],
    });
    expect(perpetrator!.id).not.toBe('person-1');
    expect(ally).toMatchObject({ role: 'ally', name: PEOPLE[1]!.name, caseId: imported.caseRecord.id });
  });

  it('imports a bundle without people.json with no people', async () => {
    const imported = await parseBundleForImport(await buildBundleBytes(bundleInput(makeFixture(1), await realSigner(), { incidents: [] })), options());
    expect(imported.people).toEqual([]);
  });

  it('refuses a people.json that is malformed or links to a capture the bundle does not hold, even when re-signed', async () => {
    const files = await unzipToMap(await buildBundleBytes(bundleInput(makeFixture(2), await realSigner(), { people: PEOPLE, incidents: [] })));
    const json = peopleJson(files);
    json.people[0]!.captureIds.push('capture-9');
    (json.people[1] as unknown as { accounts: unknown }).accounts = [{ platform: 'x', urls: ['javascript:alert(1)'] }];
    files.set('people.json', bytesOf(JSON.stringify(json)));
    const result = await verifyBundle(await zipMap(await reseal(files, await realSigner())));
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n')).toMatch(
      /^people\.json: is not in the expected form: at people\.1\.accounts\.0\.urls\.0/m,
    );

    const linkOnly = peopleJson(files);
    (linkOnly.people[1] as unknown as { accounts: unknown }).accounts = [];
    files.set('people.json', bytesOf(JSON.stringify(linkOnly)));
    const relinked = await verifyBundle(await zipMap(await reseal(files, await realSigner())));
    expect(relinked.problems).toContainEqual({ file: 'people.json', message: 'person person-1 cites capture capture-9, which the bundle does not hold' });
  });
});
