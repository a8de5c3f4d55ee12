import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILES_LEFT_OUT, uiTextOffenders, workerErrorOffenders } from './ui-text-rules';

/*
 * Every word a person reads in Preserve's pages comes from the catalogue (src/locales, through
 * t()), so every language is complete. This reads the pages' source and names, file:line, each
 * piece of text written straight into it instead.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const UI_FOLDERS = ['src/options', 'src/popup', 'src/ui'];
/** Where the worker's errors are written: they cross the message channel and are shown as they are. */
const WORKER_FOLDERS = ['src/background', 'src/db', 'src/capture'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the text in the pages', () => {
  it('comes from the catalogue: no words written into the components or their helpers', () => {
    const offenders = UI_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)))
      .map((path) => relative(ROOT, path).split('\\').join('/'))
      .filter((path) => !Object.hasOwn(FILES_LEFT_OUT, path))
      .flatMap((path) => uiTextOffenders(path, readFileSync(join(ROOT, path), 'utf8')));
    expect(offenders, `Put these in src/locales and use t():\n${offenders.join('\n')}`).toEqual([]);
  });

  it('finds each kind of hard-coded text, and lets the catalogue through (control)', () => {
    const forged = [
      "import { t } from '../shared/i18n';",
      'export function Forged({ on }: { on: boolean }) {',
      '  return (',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a component, with its template literal
      '    <section aria-label="Storage" title={`Saved ${1}`}>',
      '      <h2>Hello there</h2>',
      "      <img alt={'A screenshot'} src={x} />",
      "      <p>{on ? 'Yes' : t('common_close')}</p>",
      '      <option value="a">Case</option>',
      '      <p class="muted" data-testid="ok">{t(\'common_close\')} · {count}</p>',
      '    </section>',
      '  );',
      '}',
    ].join('\n');
    expect(uiTextOffenders('src/options/Forged.tsx', forged)).toEqual([
      'src/options/Forged.tsx:4 aria-label="Storage"',
      'src/options/Forged.tsx:4 title="Saved "',
      'src/options/Forged.tsx:5 text "Hello there"',
      'src/options/Forged.tsx:6 alt="A screenshot"',
      'src/options/Forged.tsx:7 expression "Yes"',
      'src/options/Forged.tsx:8 text "Case"',
    ]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a helper, with its template literal
    const helper = "export const NOTE = 'The page was saved.';\nexport const KIND = 'image/png';\nthrow new Error(`Could not read ${name}`);";
    expect(uiTextOffenders('src/options/forged.ts', helper)).toEqual([
      'src/options/forged.ts:1 sentence "The page was saved."',
      'src/options/forged.ts:3 sentence "Could not read "',
    ]);
  });

  it('leaves out only files that exist, each with its reason', () => {
    for (const [path, reason] of Object.entries(FILES_LEFT_OUT)) {
      expect(existsSync(join(ROOT, path)), path).toBe(true);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it('lets markup around filled-in text through (control)', () => {
    const page =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a helper, with its template literal
      'export const page = (text: string) => `<!doctype html><html><head><title>Letter to send</title></head><body><pre>${text}</pre></body></html>`;';
    expect(uiTextOffenders('src/options/forged-page.ts', page)).toEqual([]);
  });
});

describe('the errors the worker sends to the pages', () => {
  it('come from the catalogue: no UserFacingError with its message written into the code', () => {
    const offenders = WORKER_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))).flatMap((path) =>
      workerErrorOffenders(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8')),
    );
    expect(offenders, `Put these in src/locales/*/errors.ts and use t():\n${offenders.join('\n')}`).toEqual([]);
  });

  it('finds a written-in message, in either branch or a template, and lets t() through (control)', () => {
    const forged = [
      "import { t } from '../shared/i18n';",
      "if (a) throw new UserFacingError('The note is empty.', 'empty-note');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a worker module, with its template literal
      "if (b) throw new UserFacingError(b > 1 ? t('errors_note_empty') : `Wait ${b} seconds.`, 'wait');",
      "throw new UserFacingError(t('errors_note_too_long'), 'note-too-long');",
    ].join('\n');
    expect(workerErrorOffenders('src/background/forged.ts', forged)).toEqual([
      'src/background/forged.ts:2 error "The note is empty."',
      'src/background/forged.ts:3 error "Wait  seconds."',
    ]);
  });
});
