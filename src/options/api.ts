import { checkIntegrity, type IntegrityReport } from '../capture/check-integrity';
import { readArtifact, readArtifactBlob } from '../db/artifact-store';
import { countCaptures, getCapture, listCaptures, notesFor, previousInChain } from '../db/queries';
import { thumbnailFor } from '../db/thumbnails';
import { sha256Bytes } from '../shared/hash';
import { sendMessage } from '../shared/send-message';
import type { CaptureRecord, NoteRecord } from '../shared/types';

/** The options page reads the store directly and writes only through the background. */
export interface OptionsApi {
  listCaptures(limit: number, offset: number): Promise<CaptureRecord[]>;
  countCaptures(): Promise<number>;
  getCapture(id: string): Promise<CaptureRecord | undefined>;
  thumbnail(capture: CaptureRecord): Promise<Blob | null>;
  artifact(artifactId: string): Promise<Blob>;
  notes(captureId: string): Promise<NoteRecord[]>;
  addNote(captureId: string, text: string): Promise<void>;
  checkIntegrity(capture: CaptureRecord): Promise<IntegrityReport>;
}

export const optionsApi: OptionsApi = {
  listCaptures,
  countCaptures,
  getCapture,
  async thumbnail(capture) {
    const screenshot = capture.artifacts.find((artifact) => artifact.kind === 'screenshot');
    return screenshot ? (await thumbnailFor(capture.id, screenshot.id)).data : null;
  },
  artifact: readArtifactBlob,
  notes: notesFor,
  async addNote(captureId, text) {
    await sendMessage('note.add', { captureId, text });
  },
  async checkIntegrity(capture) {
    return checkIntegrity(capture, await previousInChain(capture), readArtifact, sha256Bytes);
  },
};
