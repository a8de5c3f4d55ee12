import { sha256Bytes, type Sha256Hex } from '../shared/hash';
import type { LetterRecord, RemovalRequestRecord, TrackerEvent } from '../shared/takedown-types';
import type { BundleReader } from './read-bundle';
import type { RequestsJson } from './types';
import { MAX_LETTER_FILE_BYTES } from './verify-requests';

export interface ImportedRequests {
  requests: RemovalRequestRecord[];
  trackerEvents: TrackerEvent[];
  letters: LetterRecord[];
}

interface Rekey {
  caseId: string;
  /** Old capture id → new, for every capture imported. */
  captureIds: ReadonlyMap<string, string>;
  newId: () => string;
  hash?: (bytes: Uint8Array) => Promise<Sha256Hex>;
}

/** Thrown with the file it concerns; parse-import turns it into a refusal that changes nothing. */
export class LetterImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

async function readText(reader: BundleReader, path: string): Promise<string> {
  const bytes = await reader.read(path, { maxBytes: MAX_LETTER_FILE_BYTES });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LetterImportError(path, 'is not UTF-8 text');
  }
}

/**
 * The bundle's requests, tracker and letters as records of the new case: every id is new, and
 * every link (captures, confirmation capture, letter, request) points at the new ids. The
 * verifier has already checked that every link leads somewhere in the bundle.
 */
export async function importRequests(json: RequestsJson | undefined, reader: BundleReader, rekey: Rekey): Promise<ImportedRequests> {
  if (!json) return { requests: [], trackerEvents: [], letters: [] };
  const hash = rekey.hash ?? sha256Bytes;
  const { caseId, captureIds } = rekey;
  const requestIds = new Map(json.requests.map((request) => [request.id, rekey.newId()]));
  const letterIds = new Map(json.letters.map((letter) => [letter.id, rekey.newId()]));
  const capture = (id: string) => captureIds.get(id);
  const requests = json.requests.map(({ confirmationCaptureId, letterId, ...request }): RemovalRequestRecord => {
    const confirmation = confirmationCaptureId === undefined ? undefined : capture(confirmationCaptureId);
    const letter = letterId === undefined ? undefined : letterIds.get(letterId);
    return {
      ...request,
      id: requestIds.get(request.id)!,
      caseId,
      captureIds: request.captureIds.flatMap((id) => capture(id) ?? []),
      ...(confirmation !== undefined && { confirmationCaptureId: confirmation }),
      ...(letter !== undefined && { letterId: letter }),
    };
  });
  const trackerEvents = json.trackerEvents.map(({ requestId, ...event }): TrackerEvent => {
    const request = requestId === undefined ? undefined : requestIds.get(requestId);
    return { ...event, id: rekey.newId(), caseId, ...(request !== undefined && { requestId: request }) };
  });
  const letters: LetterRecord[] = [];
  for (const letter of json.letters) {
    if (!letter.files) continue;
    const text = await readText(reader, letter.files.text);
    const html = await readText(reader, letter.files.html);
    // Read again from the zip (a File can change under us): it must still be the text that was saved.
    if ((await hash(new TextEncoder().encode(text))) !== letter.textSha256)
      throw new LetterImportError(letter.files.text, 'does not match its SHA-256 in requests.json');
    const request = letter.requestId === undefined ? undefined : requestIds.get(letter.requestId);
    letters.push({
      id: letterIds.get(letter.id)!,
      caseId,
      kind: letter.kind,
      title: letter.title ?? `Letter ${letter.number}`,
      createdAt: letter.createdAt,
      text,
      html,
      textSha256: letter.textSha256,
      ...(request !== undefined && { requestId: request }),
    });
  }
  return { requests, trackerEvents, letters };
}
