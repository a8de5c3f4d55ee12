import { describe, expect, it } from 'vitest';
import { buildBundleBytes, buildBundleFiles } from '../../../src/bundle/build-bundle';
import type { BundleManifest, RequestsJson } from '../../../src/bundle/types';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { sha256Bytes } from '../../../src/shared/hash';
import type { RemovalRequestRecord } from '../../../src/shared/takedown-types';
import { bundleInput, fakeSigner, makeFixture, PERSON, realSigner, withRequests } from './fixtures';
import { text } from './zip-tools';

const URL_1 = 'https://www.reddit.com/r/pics/comments/abc1/title/';
const LETTER_TXT = 'letters/01-dmca.txt';
const LETTER_HTML = 'letters/01-dmca.html';
const platformName = (id: string) => (id === 'reddit' ? 'Reddit' : undefined);

async function files(copy: 'legal' | 'platform' = 'legal', fixture = withRequests(makeFixture(3))) {
  return buildBundleFiles(bundleInput(fixture, fakeSigner, { copy, platformName }));
}

const requestsJson = (bundle: Map<string, Uint8Array>) => JSON.parse(text(bundle.get('requests.json'))) as RequestsJson;

describe('removal requests in the bundle', () => {
  it('is reproducible byte for byte (golden)', async () => {
    const input = bundleInput(withRequests(makeFixture(3)), fakeSigner, { platformName });
    const first = await buildBundleBytes(input);
    expect(await sha256Bytes(await buildBundleBytes(input))).toBe(await sha256Bytes(first));
    expect(await sha256Bytes(first)).toBe('99e67091dd22e291326ff3f12db856652cfec88e9cfc901c3d82fa8d906450d4');
  });

  it('writes requests.csv: one row per request, with route, method, URLs, reference, confirmation capture and letter (golden)', async () => {
    const bytes = (await files()).get('requests.csv')!;
    expect(bytes.slice(0, 3)).toEqual(Uint8Array.from([0xef, 0xbb, 0xbf]));
    expect(text(bytes)).toBe(
      'Request,Request id,Sent at,Recorded at (UTC),Platform,Route,Route kind,Route address,Method,Addresses (URLs),Reference,Captures cited,Confirmation capture,Letter,Values filled in,Note\r\n' +
        `1,request-1,2026-11-24T10:15:00.000Z,2026-11-24T10:15:30.000Z,Reddit,Report form <for> people without an account,ncii,https://support.reddithelp.com/hc/en-us/requests/new,form,${URL_1},#12345-<b>,1 2,3,letters/01-dmca.txt,` +
        `"Link to the content: ${URL_1}\nYour full legal name: ${PERSON.name}\nEmail: ${PERSON.email}\nPostal address: ${PERSON.address}\nPhone: ${PERSON.phone}\nSignature: ${PERSON.name}\nDescribe the content: An intimate photo posted without consent",` +
        'Sent from the library computer\r\n',
    );
  });

  it('writes tracker.csv: every dated change in the order it happened, none merged (golden)', async () => {
    const csv = text((await files()).get('tracker.csv'));
    expect(csv).toBe(
      'Entry,Address (URL),Status,When,Recorded at (UTC),Request,Note\r\n' +
        `1,${URL_1},found,2026-11-20T23:00:00.000+01:00,2026-11-21T08:00:00.000Z,,My sister told me\r\n` +
        `2,${URL_1},requested,2026-11-24T10:15:00.000Z,2026-11-24T10:15:30.000Z,1,\r\n` +
        `3,${URL_1},removed,2026-11-26T08:00:00.000Z,2026-11-26T08:05:00.000Z,,\r\n`,
    );
  });

  it('guards CSV cells against formulas in values the person or a page typed', async () => {
    const fixture = withRequests(makeFixture(3));
    fixture.requests[0] = { ...fixture.requests[0]!, reference: '=HYPERLINK("http://evil.test")' };
    const csv = text((await files('legal', fixture)).get('requests.csv'));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
  });

  it('saves each letter as text and HTML byte for byte, whose text matches the hash taken when it was saved', async () => {
    const fixture = withRequests(makeFixture(3));
    const bundle = await files('legal', fixture);
    const letter = fixture.letters[0]!;
    expect(bundle.get(LETTER_TXT)).toEqual(new TextEncoder().encode(letter.text));
    expect(bundle.get(LETTER_HTML)).toEqual(new TextEncoder().encode(letter.html));
    expect(await sha256Bytes(bundle.get(LETTER_TXT)!)).toBe(letter.textSha256);
    const manifest = JSON.parse(text(bundle.get('manifest.json'))) as BundleManifest;
    for (const path of [LETTER_TXT, LETTER_HTML, 'requests.json', 'requests.csv', 'tracker.csv']) {
      expect(manifest.resources.find((resource) => resource.path === path)?.hash).toBe(`sha256:${await sha256Bytes(bundle.get(path)!)}`);
      expect(text(bundle.get('SHA256SUMS'))).toContain(`${await sha256Bytes(bundle.get(path)!)}  ${path}\n`);
    }
    expect(requestsJson(bundle).letters).toEqual([
      {
        id: 'letter-1',
        caseId: 'case-1',
        kind: 'dmca',
        title: 'DMCA notice to Reddit',
        createdAt: letter.createdAt,
        textSha256: letter.textSha256,
        requestId: 'request-1',
        number: 1,
        files: { text: LETTER_TXT, html: LETTER_HTML },
      },
    ]);
  });

  it('writes the records into requests.json as stored, tracker entries in time order', async () => {
    const fixture = withRequests(makeFixture(3));
    const json = requestsJson(await files('legal', fixture));
    expect(json).toMatchObject({ format: 'preserve.bundle-requests/1', copy: 'legal' });
    expect(json.requests).toEqual(fixture.requests);
    expect(json.trackerEvents.map((event) => event.id)).toEqual(['event-1', 'event-2', 'event-3']);
  });

  it('stops the export when a letter no longer matches the fingerprint taken when it was saved', async () => {
    const fixture = withRequests(makeFixture(3));
    fixture.letters[0] = { ...fixture.letters[0]!, text: `${fixture.letters[0]!.text} (changed)` };
    await expect(files('legal', fixture)).rejects.toThrow(/Letter 1 \(DMCA notice to Reddit\) no longer matches the fingerprint/);
  });

  it('refuses records of another case, and values its own verifier would refuse', async () => {
    const other = withRequests(makeFixture(3));
    other.trackerEvents[0] = { ...other.trackerEvents[0]!, caseId: 'case-2' };
    await expect(files('legal', other)).rejects.toThrow(/tracker entry \(event-2\) belongs to another case/);
    const hostile = withRequests(makeFixture(3));
    hostile.requests[0] = { ...hostile.requests[0]!, urls: ['javascript:alert(1)'] };
    await expect(files('legal', hostile)).rejects.toThrow(/removal requests could not be exported: at requests.0.urls.0: must be an http or https address/);
  });

  it('writes only the fields the schema knows, whatever else a record carries', async () => {
    const fixture = withRequests(makeFixture(3));
    fixture.requests[0] = { ...fixture.requests[0]!, draft: 'not part of the record' } as RemovalRequestRecord;
    expect(text((await files('legal', fixture)).get('requests.json'))).not.toContain('draft');
  });

  it('keeps only links to captures a selection holds, and the selection verifies', async () => {
    const fixture = withRequests(makeFixture(3));
    const input = bundleInput(fixture, await realSigner(), { captures: [fixture.captures[0]!] });
    const bundle = await buildBundleFiles(input);
    const [request] = requestsJson(bundle).requests;
    expect(request!.captureIds).toEqual(['capture-1']);
    expect(request!.confirmationCaptureId).toBeUndefined();
    expect(text(bundle.get('report.html'))).toMatch(/<th>Confirmation page<\/th><td>None in this bundle<\/td>/);
    const result = await verifyBundle(await buildBundleBytes(input));
    expect(result.problems).toEqual([]);
  });

  it('shows requests, the status of each address and the letters in report.html, escaped', async () => {
    const html = text((await files()).get('report.html'));
    expect(html).toContain('<h2>Removal requests</h2>');
    expect(html).toContain('Request 1: Reddit · Report form &lt;for&gt; people without an account');
    expect(html).not.toContain('<for>');
    expect(html).toContain('<tr><th>Reference</th><td><code>#12345-&lt;b&gt;</code></td></tr>');
    expect(html).toContain(`<tr><th>Your full legal name</th><td>${PERSON.name}</td></tr>`);
    expect(html).toContain('<tr><th>Confirmation page</th><td><a href="#capture-3">Capture 3</a></td></tr>');
    expect(html).toContain('<a href="#capture-1">Capture 1</a>, <a href="#capture-2">Capture 2</a>');
    expect(html).toContain('<h2>Status of each address</h2>');
    expect(html).toContain('Now: <strong>removed</strong> since 2026-11-26T08:00:00.000Z');
    expect(html.indexOf('<td>found</td>')).toBeLessThan(html.indexOf('<td>requested</td>'));
    expect(html).toContain('<section class="letter" id="letter-1">');
    expect(html).toContain(`<pre class="letter-text">DMCA notice\n\nI, ${PERSON.name}, ask you to remove ${URL_1}.`);
    expect(html).toContain('href="letters/01-dmca.html"');
    expect(html).toMatch(/\.letter,.*\{break-before:page\}/);
    expect(html).not.toMatch(/<script/i);
  });

  it('leaves the person’s details, notes and letters out of the platform copy, and keeps URLs, dates, statuses and references', async () => {
    const bundle = await files('platform');
    const all = [...bundle.values()].map(text).join('\n');
    for (const secret of [
      PERSON.name,
      PERSON.email,
      PERSON.address,
      PERSON.phone,
      'Sent from the library computer',
      'My sister told me',
      'DMCA notice to Reddit',
    ]) {
      expect(all, secret).not.toContain(secret);
    }
    expect([...bundle.keys()].filter((path) => path.startsWith('letters/'))).toEqual([]);
    const json = requestsJson(bundle);
    expect(json.letters[0]).toMatchObject({ title: null, files: null, textSha256: withRequests(makeFixture(3)).letters[0]!.textSha256 });
    expect(json.requests[0]).toMatchObject({ urls: [URL_1], reference: '#12345-<b>', sentAt: '2026-11-24T10:15:00.000Z', confirmationCaptureId: 'capture-3' });
    expect(json.requests[0]!.filled!.find((field) => field.key === 'email')?.value).toBe('(left out of the platform copy)');
    expect(json.requests[0]!.filled!.find((field) => field.key === 'contentUrl')?.value).toBe(URL_1);
    expect(json.trackerEvents.map((event) => event.status)).toEqual(['found', 'requested', 'removed']);
    expect(text(bundle.get('tracker.csv'))).toContain(`${URL_1},removed,2026-11-26T08:00:00.000Z`);
    expect(text(bundle.get('VERIFY.txt'))).toMatch(/Left out: the case title, the person's\s+notes and incident details, the letters/);
    expect(text(bundle.get('report.html'))).toContain('The letters are left out of this platform copy');
    const result = await verifyBundle(await buildBundleBytes(bundleInput(withRequests(makeFixture(3)), await realSigner(), { copy: 'platform' })));
    expect(result.problems).toEqual([]);
  });
});
