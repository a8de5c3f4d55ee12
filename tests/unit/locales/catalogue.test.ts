import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, placeholderNames } from '../../../src/locales';
import { toMessagesJson } from '../../../src/locales/messages-json';

const AREAS = readdirSync('src/locales/en')
  .filter((name) => name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''));

async function areaKeys(language: string): Promise<Array<[string, string[]]>> {
  return Promise.all(
    AREAS.map(async (area) => {
      const module = (await import(`../../../src/locales/${language}/${area}.ts`)) as Record<string, Record<string, string>>;
      return [area, Object.keys(module[area] ?? {})] as [string, string[]];
    }),
  );
}

describe('the catalogue', () => {
  it('defines each key in one area only, prefixed with that area, in the form browser.i18n accepts', async () => {
    const seen = new Map<string, string>();
    for (const [area, keys] of await areaKeys('en')) {
      for (const key of keys) {
        expect(key, `${key} in ${area}`).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(key.startsWith(`${area}_`), `${key} should start with ${area}_`).toBe(true);
        expect(seen.get(key), `${key} is defined in ${seen.get(key)} and ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
    expect(Object.keys(CATALOGUES.en).length).toBe(seen.size);
  });

  it('has every English key in every language, with the same placeholders and no empty text', () => {
    for (const language of LANGUAGES) {
      const catalogue: Record<string, string> = CATALOGUES[language];
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
      for (const [key, english] of Object.entries(CATALOGUES.en as Record<string, string>)) {
        expect(catalogue[key]?.trim(), `${language}:${key}`).toBeTruthy();
        expect(placeholderNames(catalogue[key]!), `${language}:${key}`).toEqual(placeholderNames(english));
      }
    }
  });

  it('writes messages.json with numbered placeholders and literal dollars doubled', () => {
    const json = toMessagesJson({ a_one: 'Costs $5 for {count} of {name}' });
    expect(json.a_one).toEqual({ message: 'Costs $$5 for $count$ of $name$', placeholders: { count: { content: '$1' }, name: { content: '$2' } } });
  });
});

describe('every key in the catalogue', () => {
  it('is used somewhere in Preserve (a key nothing reads is text no one will ever see)', async () => {
    const { readdirSync: list, readFileSync } = await import('node:fs');
    const files = [
      'manifest.config.ts',
      ...list('src', { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('locales/'))
        .map((file) => `src/${file}`),
    ];
    const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
    // Keys built at run time (`plan_step_${id}_title`) appear by their fixed prefix.
    const prefixes = [...code.matchAll(/['`]([a-z][a-z0-9_]*_)\$\{/g)].map((match) => match[1]!);
    const unused = Object.keys(CATALOGUES.en).filter((key) => !code.includes(key) && !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});
