// Opens Chromium with the built extension in a fresh profile. With a display it stays open for
// you to use; without one (or with --demo) it runs headless through a short demo and prints
// what was stored and where.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CHROME_BUILD, launchWithExtension, openPopup } from '../tests/e2e/support/browser';
import { dumpStore } from '../tests/e2e/support/store';

const DEMO_DIR = resolve(import.meta.dirname, '../demo');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--demo');

const server = createServer((request, response) => {
  const name = (request.url ?? '/').split('?')[0]!.replace(/^\/+/, '') || 'post.html';
  const file = join(DEMO_DIR, name);
  if (!file.startsWith(DEMO_DIR) || !existsSync(file)) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': file.endsWith('.png') ? 'image/png' : 'text/html; charset=utf-8' }).end(readFileSync(file));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const demoUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/post.html`;

const session = await launchWithExtension(CHROME_BUILD, { headless: !headed });
const page = await session.browser.newPage();
await page.goto(demoUrl);

if (headed) {
  console.log(`Preserve is loaded. A demo post is open at ${demoUrl}. Close the browser window to stop.`);
  session.browser.on('disconnected', () => process.exit(0));
} else {
  console.log('No display found: running the headless demo.');
  const popup = await openPopup(session, page);
  await popup.waitForSelector('.page-card');
  const label = await popup.$eval('.page-card', (element) => [...element.querySelectorAll('p')].map((p) => p.textContent).join(' · '));
  console.log(`1. Clicked the Preserve button on ${demoUrl}; the popup says: ${label}`);
  await (await popup.waitForSelector('::-p-aria(Save evidence)'))!.click();
  await popup.waitForSelector('[data-testid="saved-message"]', { timeout: 15_000 });
  console.log(`2. Clicked "Save evidence": ${await popup.$eval('[data-testid="saved-message"]', (element) => element.textContent)}`);
  const options = await session.browser.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  const [capture] = (await dumpStore(options)).captures;
  if (!capture) throw new Error('The demo capture was not stored.');
  console.log('3. Stored in the browser profile\'s IndexedDB (database "preserve", on this device only):');
  console.log(`   capture ${capture.id}, #${capture.seq} in case "${capture.caseId}"`);
  console.log(
    `   browser recorded: ${capture.observed.tabUrl} at ${capture.observed.capturedAt} (${capture.observed.timeZone}), ${capture.observed.browser.name} ${capture.observed.browser.version}`,
  );
  console.log(`   page claimed:     title "${capture.claimed?.documentTitle}", canonical ${capture.claimed?.canonicalUrl}`);
  for (const artifact of capture.artifacts) console.log(`   ${artifact.name}: ${artifact.size} bytes, sha256 ${artifact.sha256}`);
  console.log(`   record sha256 ${capture.recordHash} (previous: ${capture.prevHash ?? 'none'})`);
  console.log(`   profile folder: ${session.userDataDir} (deleted when the demo ends)`);
  await session.close();
  server.close();
}
