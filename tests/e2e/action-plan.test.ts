import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanStepState, ThreatAssessmentRecord } from '../../src/shared/workspace-types';
import { E2E_BUILD, launchWithExtension, openOptions, type ExtensionSession } from './support/browser';
import { saveThroughPopup } from './support/capture-helpers';
import { sendFromPage } from './support/extension-messages';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { readRows } from './support/store';

let server: FixtureServer;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchWithExtension(E2E_BUILD);
  const page = await session.browser.newPage();
  await page.goto(`${server.origin}/pages/post.html`);
  await (await saveThroughPopup(session, page)).close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const statusOf = (id: string) => `[data-step="${id}"]`;

describe('the action plan and threat assessment', () => {
  it('ticks "Save evidence" after a capture, and keeps a step marked done across a reload', async () => {
    const options = await openOptions(session, '#plan');
    const evidence = await options.waitForSelector(`${statusOf('evidence')}[data-status="auto"]`);
    expect(await evidence!.evaluate((element) => element.textContent)).toMatch(/Save evidence[\s\S]*Done by Preserve/);
    // Other steps may tick themselves from the same capture (the incident log adds an entry for it).
    const settled = await options.$$eval('[data-step]:not([data-status="todo"])', (elements) => elements.length);
    expect(settled).toBeGreaterThanOrEqual(1);
    expect(await options.$eval('.plan-progress label', (element) => element.textContent)).toBe(`${settled} of 16 steps done or set aside`);

    await options.click(`${statusOf('safety')} .plan-step-actions button:first-child`);
    await options.waitForSelector(`${statusOf('safety')}[data-status="done"]`);
    await options.reload();
    await options.waitForSelector(`${statusOf('safety')}[data-status="done"]`);
    expect(await options.$eval('.plan-progress label', (element) => element.textContent)).toBe(`${settled + 1} of 16 steps done or set aside`);
    const rows = await readRows<PlanStepState>(options, 'planSteps');
    expect(rows.map((row) => [row.stepId, row.state])).toEqual([['safety', 'done']]);
    await options.close();
  });

  it('ticks the binder step once the case has been exported', async () => {
    const options = await openOptions(session, '#plan');
    await options.waitForSelector(`${statusOf('binder')}[data-status="todo"]`);
    const [caseRow] = await readRows<{ id: string }>(options, 'cases');
    // What export-bundle.ts sends once the browser has the file.
    const reply = await sendFromPage(options, 'export.recorded', { exportedAt: new Date().toISOString(), caseId: caseRow!.id });
    expect(reply.ok).toBe(true);
    await options.reload();
    await options.waitForSelector(`${statusOf('binder')}[data-status="auto"]`);
    await options.close();
  });

  it('saves a completed assessment with its date and level, and shows it again later', async () => {
    const options = await openOptions(session, '#assessment');
    await options.waitForSelector('input[name="question-sextortion"][value="yes"]');
    await options.click('input[name="question-sextortion"][value="yes"]');
    await options.click('input[name="question-unsafe-now"][value="no"]');
    await options.click('::-p-aria(Save my answers)');
    await options.waitForSelector('[data-testid="assessment-result"]');
    await options.reload();
    const result = await options.waitForSelector('[data-testid="assessment-result"][data-level="high"]');
    const [saved] = await readRows<ThreatAssessmentRecord>(options, 'assessments');
    expect(saved?.answers).toEqual({ sextortion: 'yes', 'unsafe-now': 'no' });
    const shownDate = await options.evaluate(
      (at) => new Date(at).toLocaleString(chrome.i18n.getUILanguage(), { dateStyle: 'medium', timeStyle: 'medium' }),
      saved!.at,
    );
    const text = await result!.evaluate((element) => element.textContent);
    expect(text).toContain(`Your assessment of ${shownDate}`);
    expect(text).toContain('Your safety needs care');
    await options.close();
  });
});
