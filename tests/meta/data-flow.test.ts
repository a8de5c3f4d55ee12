import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_API_FREE, EXCEPTIONS, MAY_IMPORT, importViolations, writersIn, writingExports, type SourceFile } from './data-flow-rules';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files: SourceFile[] = sourceFiles(SRC).map((path) => ({
  path: relative(ROOT, path).split('\\').join('/'),
  dir: relative(ROOT, dirname(path)).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

describe('the data flow between the parts of src/', () => {
  it('has a rule for every top-level folder', () => {
    const parts = new Set(files.map((file) => file.path.split('/')[1]).filter((part) => part && !part.includes('.')));
    expect([...parts].filter((part) => !(part! in MAY_IMPORT))).toEqual([]);
  });

  it('imports only in the allowed directions', () => {
    const violations = files.flatMap(importViolations);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('keeps the pure parts away from browser APIs and storage', () => {
    const apiUse =
      /\b(?:chrome|browser)\.(?:runtime|tabs|storage|scripting|downloads|alarms|contextMenus|menus|action|windows|permissions|pageCapture|debugger|offscreen|commands|cookies)\b|\bindexedDB\b|^import\s+(?!type\b)[^;]*from ['"](?:dexie|webextension-polyfill)['"]/m;
    const offenders = files
      .filter((file) => BROWSER_API_FREE.includes(file.path.split('/')[1]!))
      .filter((file) => apiUse.test(stripComments(file.text)))
      .map((file) => `${file.path} uses a browser API or storage, but its part must run unchanged in Node`);
    expect(offenders, offenders.join('\n')).toEqual([]);
  });

  it('lists only exceptions that are still needed, each with its reason', () => {
    for (const exception of EXCEPTIONS) {
      const file = files.find((candidate) => candidate.path === exception.file);
      expect(file, `${exception.file} no longer exists: remove its exception`).toBeDefined();
      expect(file!.text, `${exception.file} no longer imports ${exception.imports}: remove its exception`).toContain(exception.imports);
      expect([...writingExports(exception.from)], `${exception.imports} no longer writes: remove its exception`).toContain(exception.imports);
      expect(exception.reason.length).toBeGreaterThan(40);
    }
  });

  it('catches a forbidden import (control)', () => {
    const forged: SourceFile = { path: 'src/bundle/forged.ts', dir: 'src/bundle', text: "import { database } from '../db/schema';" };
    expect(importViolations(forged)).toEqual([expect.stringContaining('src/bundle/forged.ts imports src/db/schema')]);
    const viaAlias: SourceFile = { path: 'src/shared/forged.ts', dir: 'src/shared', text: "export { x } from '../capture/take-capture';" };
    expect(importViolations(viaAlias)).toHaveLength(1);
    const pageWrite: SourceFile = { path: 'src/options/Forged.tsx', dir: 'src/options', text: 'await database().captures.put(row);' };
    expect(importViolations(pageWrite)).toEqual([expect.stringContaining('writes to the store itself')]);
    const importedWrite: SourceFile = { path: 'src/options/forged.ts', dir: 'src/options', text: "import { writeImportedCase } from '../db/import-case';" };
    expect(importViolations(importedWrite)).toEqual([expect.stringContaining('imports writeImportedCase')]);
  });

  it('finds a db function that writes through the module’s own helpers, and no write in a Set or Map (control)', () => {
    const forged = [
      'export async function save(db: PreserveDatabase, row: Row) {',
      '  return viaHelper(db, row);',
      '}',
      'const viaHelper = async (db: PreserveDatabase, row: Row) => deeper(db, row);',
      'async function deeper(db: PreserveDatabase, row: Row) {',
      "  return db.transaction('rw', db.captures, () => db.captures.add(row));",
      '}',
      'export function clearOld(db: PreserveDatabase) {',
      "  return db.notes.where('caseId').equals('x').delete();",
      '}',
      '/** Mentions deeper() only in a comment, and adds to a Set. */',
      'export async function readOnly(db: PreserveDatabase) {',
      '  const seen = new Set<string>();',
      '  for (const row of await db.captures.toArray()) seen.add(row.id);',
      '  return seen;',
      '}',
    ].join('\n');
    expect([...writersIn(forged)].sort()).toEqual(['clearOld', 'save']);
  });
});

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}
