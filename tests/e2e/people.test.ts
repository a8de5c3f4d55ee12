import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeopleJson } from '../../src/bundle/types';
import { E2E_BUILD, launchWithExtension, openOptions, type ExtensionSession } from './support/browser';
import { exportThroughButton } from './support/bundle-actions';
import { saveThroughPopup } from './support/capture-helpers';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { dumpStore } from './support/store';

// People (issue #11) in the built extension: an X post captured through the popup names its
// author; People offers the account, the person accepts it, it is linked to the capture, and the
// exported bundle carries it in people.json and the report.
const POST_URL = 'https://x.com/realDonaldTrump/status/1222907250383245320';
const HOSTS: Record<string, (path: string) => string | null> = {
  'x.com': (path) => (path === new URL(POST_URL).pathname ? 'x/x-1.html' : null),
};

let server: FixtureServer;
let session: ExtensionSession;
const downloads = mkdtempSync(join(tmpdir(), 'preserve-people-downloads-'));

beforeAll(async () => {
  server = await startFixtureServer(HOSTS);
  session = await launchWithExtension(E2E_BUILD, {
    downloadDir: downloads,
    hostRules: Object.keys(HOSTS).map((host) => `MAP ${host} 127.0.0.1:${server.port}`),
  });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('people', () => {
  it('offers the author of a captured post, links the accepted account to the capture, and exports it', async () => {
    const post = await session.browser.newPage();
    await post.goto(POST_URL, { waitUntil: 'domcontentloaded' });
    await (await saveThroughPopup(session, post)).close();
    await post.close();

    const people = await openOptions(session);
    const capture = (await dumpStore(people)).captures.at(-1)!;
    expect(capture.claimed?.post?.author?.handle).toBe('@realDonaldTrump');
    await people.goto(`${people.url().split('#')[0]}#people/${capture.caseId}`);
    const suggestion = (await people.waitForSelector('[data-testid="account-suggestion"]'))!;
    expect(await suggestion.evaluate((element) => element.textContent)).toContain('@realDonaldTrump (X)');
    await people.click('[data-testid="account-suggestion"] ::-p-aria(Add this account)');

    const card = (await people.waitForSelector('[data-testid="people-group-perpetrator"] [data-testid="person"]'))!;
    expect(await card.$eval('h4', (heading) => heading.textContent)).toBe('Donald J. Trump');
    expect(await card.$eval('[data-testid="person-captures"] a', (link) => link.getAttribute('href'))).toBe(`#capture/${capture.id}`);
    expect(await people.$('[data-testid="account-suggestion"]')).toBeNull();

    // The capture says who is involved, and leads back to People.
    await people.goto(`${people.url().split('#')[0]}#capture/${capture.id}`);
    const line = (await people.waitForSelector('[data-testid="capture-accounts"] a'))!;
    expect(await line.evaluate((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      'Accounts involved: Donald J. Trump',
      `#people/${capture.caseId}`,
    ]);
    await people.close();

    const zip = await JSZip.loadAsync(readFileSync(await exportThroughButton(session, downloads, 'legal')));
    const json = JSON.parse(await zip.file('people.json')!.async('string')) as PeopleJson;
    expect(json.people).toEqual([
      expect.objectContaining({
        role: 'perpetrator',
        name: 'Donald J. Trump',
        accounts: [{ platform: 'x', handle: '@realDonaldTrump', urls: [] }],
        captureIds: [capture.id],
      }),
    ]);
    expect(await zip.file('SHA256SUMS')!.async('string')).toMatch(/ {2}people\.json$/m);
    expect(await zip.file('report.html')!.async('string')).toContain('<code>@realDonaldTrump</code>');
  });
});
