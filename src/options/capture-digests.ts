import { type CaseMark, canOpenSealed, caseMark, type DigestRead, readCaptureDigests } from '../db/capture-digests';
import type { CaptureDigest } from '../shared/capture-digest';
import { whenQuiet } from './page-priority';

interface Kept {
  mark: CaseMark;
  read: DigestRead;
}

/*
 * A case's capture digests, kept for the page's lifetime: the tracker, the link monitor and the
 * people suggestions all read them, and with encryption on, opening 10,000 captures takes about
 * 20 s here, so it happens once. A new capture (the chain's head and count change) is read on its
 * own; a move between cases (a new case event) reads the case again. Digests from sealed rows are
 * dropped as soon as a read finds Preserve locked.
 */
const kept = new Map<string, Kept>();
/** One refresh per case at a time, so panels asking together share one read. */
const queue = new Map<string, Promise<CaptureDigest[]>>();

/** Every capture of the case, as digests; read after what the person is waiting for (see page-priority). */
export function captureDigests(caseId: string): Promise<CaptureDigest[]> {
  const next = (queue.get(caseId) ?? Promise.resolve([])).catch(() => []).then(() => refresh(caseId));
  queue.set(caseId, next);
  return next;
}

async function refresh(caseId: string): Promise<CaptureDigest[]> {
  const [mark, before] = [await caseMark(caseId), kept.get(caseId)];
  if (before?.read.sealed && !(await canOpenSealed())) kept.delete(caseId);
  const last = kept.get(caseId);
  if (last && same(last.mark, mark)) return last.read.digests;
  let read: DigestRead;
  if (last && !last.read.moved && last.mark.events === mark.events && mark.captureCount > last.mark.captureCount) {
    const added = await readCaptureDigests(caseId, whenQuiet, last.read.lastSeq);
    read = { ...added, digests: [...last.read.digests, ...added.digests], sealed: last.read.sealed || added.sealed };
  } else {
    kept.delete(caseId);
    read = await readCaptureDigests(caseId, whenQuiet);
  }
  kept.set(caseId, { mark, read });
  return read.digests;
}

function same(a: CaseMark, b: CaseMark): boolean {
  return a.headHash === b.headHash && a.captureCount === b.captureCount && a.events === b.events;
}
