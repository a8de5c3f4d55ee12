import type { BundleProgress, ImportedCase } from '../bundle';
import { checkIntegrity, type IntegrityReport } from '../capture/check-integrity';
import { readArtifact, readArtifactBlob } from '../db/artifact-store';
import { getCapture, listCaptures, listCases, notesFor, previousInChain } from '../db/queries';
import { backupStatus, type BackupStatus } from '../db/backup-status';
import { database } from '../db/schema';
import { thumbnailFor } from '../db/thumbnails';
import { sha256Bytes } from '../shared/hash';
import type { LockStatus } from '../shared/messages';
import { sendMessage } from '../shared/send-message';
import type { Settings } from '../shared/settings';
import { loadSettings } from '../ui/load-settings';
import { storageStatus, type StorageStatus } from '../ui/storage-status';
import type { CaptureRecord, CaseRecord, NoteRecord } from '../shared/types';
import { exportBundle, type ExportRequest } from './export-bundle';
import { importBundle } from './import-bundle';
import { pageArchivesApi, type PageArchivesApi } from './page-archives-api';
import { takedownApi, type TakedownApi } from './takedown-api';
import { casesApi, type CasesApi } from './cases-api';
import { evidenceApi, type EvidenceApi } from './evidence-api';
import { imagesApi, type ImagesApi } from './images-api';
import { incidentApi, type IncidentApi } from './incident-api';
import { monitorApi, type MonitorApi } from './monitor-api';
import { foreground } from './page-priority';
import { peopleApi, type PeopleApi } from './people-api';
import { planApi, type PlanApi } from './plan-api';

/**
 * The options page's one door to the rest. It reads the store directly; evidence is written
 * through the background, except two things that cannot race a capture: derived thumbnails, and
 * an import, which becomes a case of its own.
 */
export interface OptionsApi extends TakedownApi, EvidenceApi, CasesApi, PlanApi, IncidentApi, PeopleApi, ImagesApi, MonitorApi {
  listCases(): Promise<CaseRecord[]>;
  listCaptures(caseId: string, limit: number, offset: number): Promise<CaptureRecord[]>;
  getCapture(id: string): Promise<CaptureRecord | undefined>;
  thumbnail(capture: CaptureRecord): Promise<Blob | null>;
  artifact(artifactId: string): Promise<Blob>;
  notes(captureId: string): Promise<NoteRecord[]>;
  addNote(captureId: string, text: string): Promise<void>;
  checkIntegrity(capture: CaptureRecord): Promise<IntegrityReport>;
  exportBundle(request: ExportRequest): Promise<{ fileName: string; size: number; keyFingerprint: string }>;
  importBundle(file: File): Promise<ImportedCase>;
  settings(): Promise<Settings>;
  storageStatus(): Promise<StorageStatus>;
  backupStatus(): Promise<BackupStatus>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  quickExit(): void;
  lockStatus(): Promise<LockStatus>;
  enableEncryption(passphrase: string): Promise<LockStatus>;
  unlock(passphrase: string): Promise<LockStatus>;
  lock(): Promise<LockStatus>;
  changePassphrase(current: string, next: string): Promise<LockStatus>;
  setIdleMinutes(minutes: number): Promise<LockStatus>;
  pageArchives: PageArchivesApi;
}

export type { BundleProgress };

export const optionsApi: OptionsApi = {
  ...takedownApi,
  ...evidenceApi,
  ...casesApi,
  ...planApi,
  ...incidentApi,
  ...peopleApi,
  ...imagesApi,
  ...monitorApi,
  listCases,
  // The list's pages and its thumbnails are what the person waits for: the side panels' reads wait for them.
  listCaptures: (caseId, limit, offset) => foreground(listCaptures(caseId, limit, offset)),
  getCapture,
  thumbnail: (capture) => foreground(thumbnailOf(capture)),
  artifact: readArtifactBlob,
  notes: notesFor,
  async addNote(captureId, text) {
    await sendMessage('note.add', { captureId, text });
  },
  async checkIntegrity(capture) {
    return checkIntegrity(capture, await previousInChain(capture), readArtifact, sha256Bytes);
  },
  exportBundle,
  importBundle,
  settings: loadSettings,
  storageStatus,
  backupStatus: () => backupStatus(database()),
  updateSettings: (patch) => sendMessage('settings.update', { patch }),
  quickExit() {
    void sendMessage('privacy.quickExit', {});
  },
  lockStatus: () => sendMessage('lock.status', {}),
  enableEncryption: (passphrase) => sendMessage('lock.enable', { passphrase }),
  unlock: (passphrase) => sendMessage('lock.unlock', { passphrase }),
  lock: () => sendMessage('lock.lock', {}),
  changePassphrase: (current, next) => sendMessage('lock.changePassphrase', { current, next }),
  setIdleMinutes: (minutes) => sendMessage('lock.setIdleMinutes', { minutes }),
  pageArchives: pageArchivesApi,
};

async function thumbnailOf(capture: CaptureRecord): Promise<Blob | null> {
  // An added image file gets a (blurred) preview like a screenshot; other added files get none.
  const screenshot = capture.artifacts.find(
    (artifact) => (artifact.kind === 'screenshot' || (artifact.kind === 'attachment' && artifact.mediaType.startsWith('image/'))) && artifact.stored !== false,
  );
  return screenshot ? (await thumbnailFor(capture.id, screenshot.id)).data : null;
}
