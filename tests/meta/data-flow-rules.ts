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
];

/*
 * Not in the list because writingExports() cannot see it, but a page writing all the same:
 * src/options/add-attachment.ts commits a file the person adds through commitCapture (whose
 * writes sit in its unexported helper commitOnce). The file (up to 200 MB) is in that page and
 * the message channel would copy it as JSON; commitCapture reads the chain head inside its one
 * transaction, so an added file cannot race a capture.
 */

export interface SourceFile {
  path: string;
  dir: string;
  text: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const PAGE_TABLE_WRITE = /\b(?:db|database\(\))\.\w+\.(?:put|add|bulkPut|bulkAdd|delete|bulkDelete|update|bulkUpdate|clear|modify)\(|transaction\(\s*['"]rw/;
const DEXIE_WRITE = /\.(?:put|add|bulkPut|bulkAdd|delete|bulkDelete|update|bulkUpdate|clear|modify)\(|transaction\(\s*['"]rw/;

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
  const writers = new Set<string>();
  if (path) {
    const text = readFileSync(path, 'utf8');
    // Each exported function's body runs to the next top-level declaration.
    for (const [, name, body] of text.matchAll(
      /^export (?:async )?function (\w+)([\s\S]*?)(?=^(?:export|function|const|async function|\/\*\*)|$(?![\s\S]))/gm,
    )) {
      if (name && body && DEXIE_WRITE.test(body)) writers.add(name);
    }
  }
  writerCache.set(target, writers);
  return writers;
}
