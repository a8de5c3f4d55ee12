import { describe, expect, it } from 'vitest';
import { buildBundleBytes } from '../../../src/bundle/build-bundle';
import { BundleImportError, parseBundleForImport, type ImportOptions } from '../../../src/bundle/parse-import';
import type { RequestsJson } from '../../../src/bundle/types';
import { verifyBundle } from '../../../src/bundle/verify-bundle';
import { sealCapture } from '../../../src/shared/chain';
import { sha256TextSync } from '../../../src/shared/hash';
import { bundleInput, makeFixture, realSigner, withRequests } from './fixtures';
import { bytesOf, reseal, text, unzipToMap, zipMap } from './zip-tools';

const LETTER_TXT = 'letters/01-dmca.txt';

function options(): ImportOptions {
  let n = 0;
  return { bundleName: 'bundle.zip', now: () => new Date('2026-12-05T00:00:00.000Z'), newId: () => `new-${++n}` };
}

async function goodFiles() {
  return unzipToMap(await buildBundleBytes(bundleInput(withRequests(makeFixture(3)), await realSigner())));
}

/** requests.json changed by `edit`, then everything re-signed by a forger with their own key, so only the content checks can object. */
async function forged(edit: (json: RequestsJson, files: Map<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = await goodFiles();
  const json = JSON.parse(text(files.get('requests.json'))) as RequestsJson;
  edit(json, files);
  files.set('requests.json', bytesOf(JSON.stringify(json)));
  return zipMap(await reseal(files, await realSigner()));
}

async function problems(zip: Uint8Array): Promise<string[]> {
  const result = await verifyBundle(zip);
  expect(result.ok).toBe(false);
  return result.problems.map((problem) => `${problem.file ?? ''}: ${problem.message}`);
}

describe('verifying requests, tracker and letters', () => {
  it('accepts a bundle carrying them, as it was exported', async () => {
    const result = await verifyBundle(await zipMap(await goodFiles()));
    expect(result.problems).toEqual([]);
    expect(result.bundle?.requests?.requests).toHaveLength(1);
  });

  it('accepts the confirmation page captured by "I sent it" (trigger request-confirmation)', async () => {
    const fixture = withRequests(makeFixture(3));
    const { recordHash: _, ...last } = fixture.captures[2]!;
    fixture.captures[2] = sealCapture({ ...last, trigger: 'request-confirmation' });
    fixture.caseRecord.headHash = fixture.captures[2].recordHash;
    const result = await verifyBundle(await buildBundleBytes(bundleInput(fixture, await realSigner())));
    expect(result.problems).toEqual([]);
    expect(result.bundle?.captures[2]?.record.trigger).toBe('request-confirmation');
  });

  it.each([
    [
      'a status outside the list',
      (json: RequestsJson) => Object.assign(json.trackerEvents[0]!, { status: 'deleted' }),
      /at trackerEvents\.0\.status: must be one of found, captured/,
    ],
    [
      'a javascript: address in the tracker',
      (json: RequestsJson) => Object.assign(json.trackerEvents[0]!, { url: 'javascript:alert(1)' }),
      /at trackerEvents\.0\.url: must be an http or https address/,
    ],
    [
      'a javascript: route address',
      (json: RequestsJson) => Object.assign(json.requests[0]!.route, { url: 'javascript://x.test/%0aalert(1)' }),
      /at requests\.0\.route\.url: must be an http or https address/,
    ],
    [
      'a data: address in a request',
      (json: RequestsJson) => json.requests[0]!.urls.push('data:text/html,<script>alert(1)</script>'),
      /at requests\.0\.urls\.1: must be an http or https address/,
    ],
    [
      'a date that is not ISO',
      (json: RequestsJson) => Object.assign(json.requests[0]!, { sentAt: 'yesterday' }),
      /at requests\.0\.sentAt: must be a time with its UTC offset/,
    ],
    [
      'a letter kind outside the list',
      (json: RequestsJson) => Object.assign(json.letters[0]!, { kind: 'threat' }),
      /at letters\.0\.kind: must be one of dmca, take-it-down, preservation/,
    ],
    [
      'a method outside the list',
      (json: RequestsJson) => Object.assign(json.requests[0]!, { method: 'carrier pigeon' }),
      /at requests\.0\.method: must be one of form, email/,
    ],
    ['an unknown field', (json: RequestsJson) => Object.assign(json.requests[0]!, { extra: 1 }), /at requests\.0\.extra/],
    [
      'a letter path outside letters/',
      (json: RequestsJson) => Object.assign(json.letters[0]!.files!, { text: '../evil.txt' }),
      /at letters\.0\.files\.text: must be a file under letters\//,
    ],
    [
      'an over-long reference',
      (json: RequestsJson) => Object.assign(json.requests[0]!, { reference: 'x'.repeat(501) }),
      /at requests\.0\.reference: must be at most 500 characters/,
    ],
  ])('refuses %s', async (_name, edit, expected) => {
    expect((await problems(await forged(edit))).join('\n')).toMatch(expected);
  });

  it('refuses a request that names a capture the bundle does not hold', async () => {
    const found = await problems(
      await forged((json) => {
        json.requests[0]!.captureIds.push('capture-9');
        json.requests[0]!.confirmationCaptureId = 'capture-8';
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'requests.json: request request-1 cites capture capture-9, which the bundle does not hold',
        'requests.json: request request-1 names confirmation capture capture-8, which the bundle does not hold',
      ]),
    );
  });

  it('refuses tracker entries and letters that name a request the bundle does not hold, and records of another case', async () => {
    const found = await problems(
      await forged((json) => {
        json.trackerEvents[1]!.requestId = 'request-9';
        json.letters[0]!.caseId = 'case-2';
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'requests.json: event-2 names request request-9, which the bundle does not hold',
        'requests.json: holds letter-1, which belongs to a different case',
      ]),
    );
  });

  it('refuses a letter whose text no longer matches the hash taken when it was saved, even re-signed', async () => {
    const zip = await forged((_json, files) => files.set(LETTER_TXT, bytesOf('I never asked for anything.\n')));
    expect(await problems(zip)).toContain(`${LETTER_TXT}: has been changed since the letter was saved: its SHA-256 does not match requests.json`);
  });

  it('refuses letter files that requests.json does not list, and a legal copy that leaves a letter out', async () => {
    const found = await problems(
      await forged((json, files) => {
        files.set('letters/02-dmca.txt', bytesOf('smuggled'));
        json.letters[0]!.files = null;
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'letters/02-dmca.txt: is not a letter listed in requests.json',
        'requests.json: leaves out the files of letter 1, which only the platform copy may do',
      ]),
    );
  });

  it('still verifies and imports an older bundle without requests.json', async () => {
    const files = await unzipToMap(await buildBundleBytes(bundleInput(makeFixture(2), await realSigner())));
    for (const path of ['requests.json', 'requests.csv', 'tracker.csv']) files.delete(path);
    const zip = await zipMap(await reseal(files, await realSigner()));
    const result = await verifyBundle(zip);
    expect(result.problems).toEqual([]);
    const imported = await parseBundleForImport(zip, options());
    expect(imported.captures).toHaveLength(2);
    expect([imported.requests, imported.trackerEvents, imported.letters]).toEqual([[], [], []]);
  });

  it('refuses letters in an older bundle that has no requests.json to list them', async () => {
    const files = await unzipToMap(await buildBundleBytes(bundleInput(makeFixture(2), await realSigner())));
    files.delete('requests.json');
    files.set(LETTER_TXT, bytesOf('a letter'));
    expect(await problems(await zipMap(await reseal(files, await realSigner())))).toContain(
      `${LETTER_TXT}: is a letter, but the bundle has no requests.json to list it`,
    );
  });
});

describe('importing requests, tracker and letters', () => {
  it('re-keys them into the new case, every link pointing at the new ids', async () => {
    const fixture = withRequests(makeFixture(3));
    const imported = await parseBundleForImport(await buildBundleBytes(bundleInput(fixture, await realSigner())), options());
    const newCapture = new Map(imported.captures.map((capture) => [capture.imported!.originalCaptureId, capture.id]));
    const caseId = imported.caseRecord.id;
    const [request] = imported.requests;
    const [letter] = imported.letters;
    const source = fixture.requests[0]!;
    expect(request).toEqual({
      ...source,
      id: expect.stringMatching(/^new-/),
      caseId,
      captureIds: [newCapture.get('capture-1'), newCapture.get('capture-2')],
      confirmationCaptureId: newCapture.get('capture-3'),
      letterId: letter!.id,
    });
    const ids = [request!.id, letter!.id, ...imported.trackerEvents.map((event) => event.id)];
    expect(new Set(ids).size).toBe(5);
    expect(ids.some((id) => ['request-1', 'letter-1', 'event-1', 'event-2', 'event-3'].includes(id))).toBe(false);
    expect(imported.trackerEvents.map(({ status, requestId, caseId: owner }) => ({ status, requestId, owner }))).toEqual([
      { status: 'found', requestId: undefined, owner: caseId },
      { status: 'requested', requestId: request!.id, owner: caseId },
      { status: 'removed', requestId: undefined, owner: caseId },
    ]);
    expect(imported.trackerEvents[0]!.note).toBe('My sister told me');
    const original = fixture.letters[0]!;
    expect(letter).toEqual({ ...original, id: letter!.id, caseId, requestId: request!.id });
    expect(sha256TextSync(letter!.text)).toBe(original.textSha256);
  });

  it('refuses a bundle whose letter is not UTF-8 text, and returns nothing to write', async () => {
    const files = await goodFiles();
    const bad = Uint8Array.from([0xff, 0xfe, 0x00]);
    files.set(LETTER_TXT, bad);
    const json = JSON.parse(text(files.get('requests.json'))) as RequestsJson;
    json.letters[0]!.textSha256 = await crypto.subtle.digest('SHA-256', bad).then((digest) => Buffer.from(digest).toString('hex'));
    files.set('requests.json', bytesOf(JSON.stringify(json)));
    const error = await parseBundleForImport(await zipMap(await reseal(files, await realSigner())), options()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundleImportError);
    expect((error as Error).message).toContain(`${LETTER_TXT}: is not UTF-8 text`);
  });
});
