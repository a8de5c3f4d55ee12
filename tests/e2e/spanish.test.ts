import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD, type ExtensionSession, launchWithExtension, openOptions, openPopup } from './support/browser';
import { sendFromPage } from './support/extension-messages';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

/*
 * A browser set to Spanish gets Preserve in Spanish: the pages, the popup and the manifest's own
 * words come from the built _locales through browser.i18n, not from text written into the code.
 */
let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(E2E_BUILD, { lang: 'es' });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Preserve in a Spanish browser', () => {
  it('shows the welcome page in Spanish, with the page language set', async () => {
    const pages = await session.browser.pages();
    const welcome = pages.find((page) => page.url().endsWith('/src/options/index.html#welcome'))!;
    await welcome.waitForSelector('#welcome-heading');
    const seen = await welcome.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      heading: document.querySelector('#welcome-heading')?.textContent,
      quickExit: document.querySelector('.quick-exit')?.textContent,
      ageQuestion: document.querySelector('#age-heading')?.textContent,
    }));
    expect(seen.lang).toMatch(/^es/);
    expect(seen).toMatchObject({
      title: 'Preserve — mis pruebas',
      heading: 'Te damos la bienvenida a Preserve',
      quickExit: 'Salida rápida',
      ageQuestion: '¿La persona de las imágenes tenía menos de 18 años cuando se tomaron?',
    });
  });

  it('shows the popup in Spanish', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${server.origin}/pages/post.html`);
    const popup = await openPopup(session, page);
    await popup.waitForSelector('button.save');
    const seen = await popup.evaluate(() => ({
      save: document.querySelector('button.save')?.textContent,
      quickExit: document.querySelector('.quick-exit')?.textContent,
      myEvidence: document.querySelector('header button.link')?.textContent,
    }));
    expect(seen).toEqual({ save: 'Guardar pruebas', quickExit: 'Salida rápida', myEvidence: 'Mis pruebas' });
    // The removal routes' own lines come from the pure route plan, given the popup's language.
    await (await popup.waitForSelector('::-p-text(Solicitar la retirada)'))!.click();
    await popup.waitForSelector('[data-testid="route-needs"]');
    const routes = await popup.$$eval('[data-testid="route"]', (cards) =>
      cards.map((card) => ({
        label: card.querySelector('.route-label')?.textContent ?? '',
        needs: card.querySelector('[data-testid="route-needs"]')?.textContent ?? '',
      })),
    );
    expect(routes.some((route) => route.label.includes('La empresa que aloja 127.0.0.1'))).toBe(true);
    expect(routes.filter((route) => !route.needs.startsWith('Requisitos: '))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('describes its keyboard shortcuts in Spanish (the manifest reads the catalogue too)', async () => {
    const worker = await session.worker();
    const descriptions = await worker.evaluate(async () => (await chrome.commands.getAll()).map((command) => command.description));
    expect(descriptions).toContain('Guardar pruebas de esta página');
  });

  it('sends the worker’s errors in Spanish, and writes the report in Spanish unless asked otherwise', async () => {
    const page = await openOptions(session);
    const empty = await sendFromPage(page, 'note.add', { captureId: 'none', text: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty-note', message: 'La nota está vacía.' } });
    const unnamed = await sendFromPage(page, 'takedown.saveProfile', { profile: { legalName: ' ', email: 'alex@example.org', signatureName: 'Alex' } });
    expect(unnamed).toMatchObject({ ok: false, error: { code: 'missing-field', message: 'Rellena tu nombre legal, por favor.' } });
    // getUILanguage() says en-US in this browser; the report follows the text the person reads.
    const created = await sendFromPage(page, 'case.create', { title: 'Caso de prueba' });
    const caseId = (created.value as { id: string }).id;
    await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html#case/${caseId}`);
    await page.waitForSelector('#report-language');
    expect(await page.$eval('#report-language', (select) => (select as HTMLSelectElement).value)).toBe('es');
    await page.close();
  });
});
