import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';

/**
 * The house's data flow, page → content → background → db → options → bundle → file, as rules a
 * test can check. Each part may import only itself and the parts listed here.
 */
export const MAY_IMPORT: Record<string, readonly string[]> = {
  // The text of every sentence, in each language (src/locales): every part may read it.
  locales: [],
  shared: ['locales'],
  platforms: ['locales', 'shared'],
  bundle: ['locales', 'shared'],
  letters: ['locales', 'shared', 'platforms'],
  // Pure removal-request logic: route order and wording, the tracker, reference numbers.
  takedowns: ['locales', 'shared', 'platforms'],
  matching: ['locales', 'shared'],
  // The case workspace's pure logic: the action plan's steps, the threat assessment, the incident log.
  workspace: ['locales', 'shared', 'platforms', 'takedowns'],
  crypto: ['locales', 'shared'],
  // "Find my images on this page" hashes readable images in the page with the pure PDQ code.
  content: ['locales', 'shared', 'platforms', 'matching'],
  // Thumbnails are drawn by capture/thumbnail; the signing key is made by bundle/signing.
  db: ['locales', 'shared', 'crypto', 'bundle', 'capture'],
  capture: ['locales', 'shared', 'platforms', 'content', 'db', 'crypto'],
  background: ['locales', 'shared', 'platforms', 'capture', 'db', 'crypto', 'bundle', 'letters', 'matching', 'takedowns', 'content', 'workspace'],
  // The pages talk to the worker only through shared/messages.ts, never its internals.
  ui: ['locales', 'shared', 'db'],
  popup: ['locales', 'shared', 'ui', 'db', 'platforms', 'capture', 'matching', 'takedowns', 'letters', 'workspace'],
  options: ['locales', 'shared', 'ui', 'db', 'platforms', 'capture', 'bundle', 'letters', 'matching', 'crypto', 'takedowns', 'workspace'],
};

/** Parts that must run unchanged in Node: no extension APIs, no IndexedDB. */
export const BROWSER_API_FREE = ['locales', 'platforms', 'bundle', 'letters', 'matching', 'crypto', 'takedowns', 'workspace'];

/** The pages read the store directly but write through the worker, except where listed below. */
const PAGES = ['popup', 'options', 'ui'];

export interface Exception {
  file: string;
  imports: string;
  from: string;
  reason: string;
}

export const EXCEPTIONS: readonly Exception[] = [
  {
    file: 'src/options/import-bundle.ts',
    imports: 'writeImportedCase',
    from: 'src/db/import-case',
    reason:
      'An import writes a new case with its own chain, so it cannot race the capture chain, and a bundle can be gigabytes that the message channel would copy as JSON.',
  },
  {
    file: 'src/options/export-bundle.ts',
    imports: 'installSigner',
    from: 'src/db/signing-key',
    reason:
      'The signing key is a non-extractable CryptoKey made on first export; it is added (never replaced) so two pages exporting at once still share one key.',
  },
  {
    file: 'src/options/api.ts',
    imports: 'thumbnailFor',
    from: 'src/db/thumbnails',
    reason:
      'A thumbnail is derived from evidence, never evidence itself. The worker stores one right after each capture commits; the page draws and stores one only for a capture that has none yet (saved before thumbnails were kept), which needs a canvas. While encryption is on it is sealed like the screenshot.',
  },
  {
    file: 'src/options/add-attachment.ts',
    imports: 'commitCapture',
    from: 'src/db/commit-capture',
    reason:
      'A file the person adds (up to 200 MB) is in the page, and the message channel would copy it as JSON; commitCapture reads the chain head inside its one read-write transaction, so an added file cannot race a capture for its place in the chain.',
  },
];

export interface SourceFile {
  path: string;
  dir: string;
  text: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const PAGE_TABLE_WRITE = /\b(?:db|database\(\))\.\w+\.(?:put|add|bulkPut|bulkAdd|delete|bulkDelete|update|bulkUpdate|clear|modify)\(|transaction\(\s*['"]rw/;
// A write reached from the database handle: a table by name, by index or through table(), then
// any query steps (where, equals, anyOf…). A Set's add or a Map's delete is not a write to the store.
const DEXIE_WRITE =
  /\b(?:db|database\(\))(?:\.\w+|\[\w+\]|\.table\([^)]*\))(?:\.\w+\([^()]*\))*\.(?:put|add|bulkPut|bulkAdd|delete|bulkDelete|update|bulkUpdate|clear|modify)\(|transaction\(\s*['"]rw/;

export function importViolations(file: SourceFile): string[] {
  const part = file.path.split('/')[1]!;
  const allowed = MAY_IMPORT[part] ?? [];
  const out: string[] = [];
  for (const match of file.text.matchAll(IMPORT)) {
    const specifier = (match[1] ?? match[2] ?? '').split('?')[0]!;
    if (!specifier.startsWith('.')) continue;
    const target = normalize(join(file.dir, specifier)).split('\\').join('/');
    const targetPart = target.split('/')[1];
    if (!target.startsWith('src/') || !targetPart || targetPart === part) continue;
    if (!allowed.includes(targetPart)) {
      out.push(`${file.path} imports ${target}: src/${part}/ may import only ${allowed.map((p) => `src/${p}/`).join(', ') || 'nothing outside itself'}`);
    } else if (PAGES.includes(part) && targetPart === 'db') {
      out.push(...pageWrites(file, match[0], target));
    }
  }
  if (PAGES.includes(part) && PAGE_TABLE_WRITE.test(file.text)) out.push(`${file.path} writes to the store itself: send a message to the worker instead`);
  return out;
}

// An imported db function that writes (Dexie put/add/… in its body) is a write from the page.
function pageWrites(file: SourceFile, statement: string, target: string): string[] {
  const names =
    /\{([^}]*)\}/
      .exec(statement)?.[1]
      ?.split(',')
      .map(
        (name) =>
          name
            .trim()
            .replace(/^type\s+.*/, '')
            .split(/\s+as\s+/)[0]!,
      )
      .filter(Boolean) ?? [];
  const writers = writingExports(target);
  return names
    .filter((name) => writers.has(name))
    .filter((name) => !EXCEPTIONS.some((exception) => exception.file === file.path && exception.imports === name))
    .map((name) => `${file.path} imports ${name} from ${target}, which writes to the store: route it through the worker, or add an exception with its reason`);
}

const ROOT = resolve(import.meta.dirname, '../..');
const writerCache = new Map<string, Set<string>>();

export function writingExports(target: string): Set<string> {
  const cached = writerCache.get(target);
  if (cached) return cached;
  const path = [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].map((candidate) => join(ROOT, candidate)).find(existsSync);
  const writers = path ? writersIn(readFileSync(path, 'utf8')) : new Set<string>();
  writerCache.set(target, writers);
  return writers;
}

/** The exported functions of a db module that write to the store, themselves or through the module's own helpers. */
export function writersIn(source: string): Set<string> {
  const functions = topLevelFunctions(source);
  // A function writes if its own body does, or if it calls (or passes on) one of the module's
  // functions that writes: an exported function may leave its writes to an unexported helper.
  const writing = new Set([...functions].filter(([, { body }]) => DEXIE_WRITE.test(body)).map(([name]) => name));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, { body }] of functions) {
      if (writing.has(name)) continue;
      if ([...writing].some((writer) => new RegExp(`(?<![\\w$.])${writer}\\b`).test(body))) {
        writing.add(name);
        grew = true;
      }
    }
  }
  return new Set([...functions].filter(([name, { exported }]) => exported && writing.has(name)).map(([name]) => name));
}

/**
 * The module's top-level functions (declarations and arrow functions held in a const), each with
 * its body: it runs to the next top-level declaration or doc comment. Comments are dropped so a
 * mention of a helper in one is not taken for a call.
 */
function topLevelFunctions(source: string): Map<string, { exported: boolean; body: string }> {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, (comment) => (comment.startsWith('/**') ? '/**' : '')).replace(/^\s*\/\/.*$/gm, '');
  const functions = new Map<string, { exported: boolean; body: string }>();
  for (const [, exported, name, body] of text.matchAll(
    /^(export )?(?:async function\*? |function\*? |const (?=\w+\s*(?::[^=]+)?=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*(?::[^=]+)?=>|\w+\s*=>)))(\w+)([\s\S]*?)(?=^(?:export|function|const|let|class|interface|type|enum|async function|\/\*\*)|$(?![\s\S]))/gm,
  )) {
    if (name && body !== undefined) functions.set(name, { exported: Boolean(exported), body });
  }
  return functions;
}
