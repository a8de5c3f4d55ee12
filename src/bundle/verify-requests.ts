import { FILES, LETTERS_FOLDER } from './bundle-paths';
import { parseJsonFile } from './parse-json';
import { RequestsJsonSchema } from './requests-schema';
import type { BundleManifest, RequestsJson } from './types';
import type { ActualFiles } from './verify-files';
import type { ZipProblem } from './zip-directory';

/** A letter is a few pages of text; import reads each whole, so a bundle may not make one huge. */
export const MAX_LETTER_FILE_BYTES = 4 * 1024 * 1024;

function repeats(items: readonly { id: string }[], what: string, problems: ZipProblem[]): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) problems.push({ file: FILES.requestsJson, message: `repeats ${what} id ${item.id}` });
    ids.add(item.id);
  }
  return ids;
}

function checkLetters(json: RequestsJson, actual: ActualFiles, problems: ZipProblem[]): void {
  const problem = (file: string, message: string) => problems.push({ file, message });
  const listed = new Set<string>();
  const numbers = new Set<number>();
  for (const letter of json.letters) {
    if (numbers.has(letter.number)) problem(FILES.requestsJson, `repeats letter number ${letter.number}`);
    numbers.add(letter.number);
    if (json.copy === 'platform') {
      if (letter.files !== null || letter.title !== null) problem(FILES.requestsJson, `carries letter ${letter.number}, which the platform copy leaves out`);
      continue;
    }
    if (!letter.files) {
      problem(FILES.requestsJson, `leaves out the files of letter ${letter.number}, which only the platform copy may do`);
      continue;
    }
    for (const path of [letter.files.text, letter.files.html]) {
      if (listed.has(path)) problem(FILES.requestsJson, `lists ${path} twice`);
      listed.add(path);
      const file = actual.get(path);
      if (!file) problem(path, 'is listed in requests.json but missing');
      else if (file.bytes > MAX_LETTER_FILE_BYTES) problem(path, `is ${file.bytes} bytes, more than a letter may hold`);
    }
    // The fingerprint taken when the person saved the letter: the text must still be what they saved.
    const text = actual.get(letter.files.text);
    if (text && text.sha256 !== letter.textSha256)
      problem(letter.files.text, 'has been changed since the letter was saved: its SHA-256 does not match requests.json');
  }
  for (const path of actual.keys()) {
    if (path.startsWith(LETTERS_FOLDER) && !listed.has(path)) problem(path, 'is not a letter listed in requests.json');
  }
}

/**
 * requests.json (absent from bundles made before removal requests): its schema, that it belongs
 * to this bundle, and that every link in it leads somewhere the bundle holds: a request to its
 * captures and letter, a tracker entry or letter to its request, a letter to its files.
 */
export function verifyRequests(
  bytes: Uint8Array | undefined,
  manifest: BundleManifest,
  captureIds: ReadonlySet<string>,
  actual: ActualFiles,
  problems: ZipProblem[],
): RequestsJson | undefined {
  if (!bytes) {
    for (const path of actual.keys()) {
      if (path.startsWith(LETTERS_FOLDER)) problems.push({ file: path, message: 'is a letter, but the bundle has no requests.json to list it' });
    }
    return undefined;
  }
  const parsed = parseJsonFile(bytes, RequestsJsonSchema);
  if (!parsed.ok) return void problems.push({ file: FILES.requestsJson, message: parsed.message });
  const json = parsed.value as RequestsJson;
  const found: ZipProblem[] = [];
  const problem = (message: string) => found.push({ file: FILES.requestsJson, message });
  if (json.copy !== manifest.preserve.copy) problem('belongs to a different copy of the bundle');
  const caseId = manifest.preserve.case.id;
  for (const item of [...json.requests, ...json.trackerEvents, ...json.letters]) {
    if (item.caseId !== caseId) problem(`holds ${item.id}, which belongs to a different case`);
  }
  const requestIds = repeats(json.requests, 'request', found);
  repeats(json.trackerEvents, 'tracker entry', found);
  const letterIds = repeats(json.letters, 'letter', found);
  for (const request of json.requests) {
    for (const captureId of request.captureIds) {
      if (!captureIds.has(captureId)) problem(`request ${request.id} cites capture ${captureId}, which the bundle does not hold`);
    }
    if (request.confirmationCaptureId !== undefined && !captureIds.has(request.confirmationCaptureId)) {
      problem(`request ${request.id} names confirmation capture ${request.confirmationCaptureId}, which the bundle does not hold`);
    }
    if (request.letterId !== undefined && !letterIds.has(request.letterId))
      problem(`request ${request.id} names letter ${request.letterId}, which the bundle does not hold`);
  }
  for (const item of [...json.trackerEvents, ...json.letters]) {
    if (item.requestId !== undefined && !requestIds.has(item.requestId)) problem(`${item.id} names request ${item.requestId}, which the bundle does not hold`);
  }
  checkLetters(json, actual, found);
  problems.push(...found);
  return found.length === 0 ? json : undefined;
}
