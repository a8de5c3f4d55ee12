import browser from 'webextension-polyfill';
import { buildBundle, keyFingerprint, type BundleCopy, type BundleProgress } from '../bundle';
import { readArtifact } from '../db/artifact-store';
import { bundleMovesOf } from '../db/capture-moves';
import { capturesOfCase, getCase, incidentsOfCase, notesOfCase } from '../db/queries';
import { database } from '../db/schema';
import { installSigner } from '../db/signing-key';
import { lettersOfCase, requestsOfCase, trackerEventsOfCase } from '../db/takedown-queries';
import { assessmentsOf, caseEventsOf, linkChecksOf, monitorsOf, peopleOf, planStatesOf } from '../db/workspace-queries';
import { type Language, languageOf } from '../locales';
import { platforms } from '../platforms';
import { sha256Bytes } from '../shared/hash';
import { t, uiLanguage } from '../shared/i18n';
import { sendMessage } from '../shared/send-message';
import { loadSettings } from '../ui/load-settings';
import { pixelateImage } from './redact-image';

export interface ExportRequest {
  caseId: string;
  /** Only these captures; the whole case when absent. */
  captureIds?: ReadonlySet<string>;
  copy: BundleCopy;
  /** The language of the report and the other human-readable files; the browser's when absent. */
  language?: Language;
  onProgress?: (progress: BundleProgress) => void;
}

/**
 * Builds the bundle as a stream in this page (the worker has no URL.createObjectURL) and hands
 * the finished file to the browser's downloads. The builder yields to the page between files,
 * so the page stays responsive.
 */
export async function exportBundle(request: ExportRequest): Promise<{ fileName: string; size: number; keyFingerprint: string }> {
  const db = database();
  const caseRecord = await getCase(request.caseId);
  if (!caseRecord) throw new Error(t('evidence_export_no_case'));
  const all = await capturesOfCase(request.caseId);
  const captures = request.captureIds ? all.filter((capture) => request.captureIds!.has(capture.id)) : all;
  if (!captures.length) throw new Error(t('evidence_export_nothing'));
  const exportedAt = new Date();
  const signer = await installSigner(db);
  const { fileName, stream } = buildBundle({
    caseRecord,
    captures,
    incidents: await incidentsOfCase(request.caseId),
    notes: await notesOfCase(request.caseId),
    // All of the case's, whatever captures are selected: the builder keeps only links it can follow.
    requests: await requestsOfCase(request.caseId),
    trackerEvents: await trackerEventsOfCase(request.caseId),
    letters: await lettersOfCase(request.caseId),
    moves: await bundleMovesOf(db, request.caseId),
    people: await peopleOf(request.caseId),
    workspace: {
      planSteps: await planStatesOf(request.caseId),
      assessments: await assessmentsOf(request.caseId),
      caseEvents: await caseEventsOf(request.caseId),
      monitors: await monitorsOf(request.caseId),
      linkChecks: await linkChecksOf(request.caseId),
    },
    platformName: (id) => platforms.find((platform) => platform.id === id)?.name,
    readArtifact: (_captureId, artifact) => readArtifact(artifact.id),
    copy: request.copy,
    language: request.language ?? languageOf(uiLanguage()),
    redactImage: pixelateImage,
    signer,
    now: () => exportedAt,
    softwareVersion: browser.runtime.getManifest().version,
    ...(request.onProgress && { onProgress: request.onProgress }),
  });
  // Without a type the browser saves the file as .txt.
  const blob = await new Response(stream, { headers: { 'content-type': 'application/zip' } }).blob();
  const url = URL.createObjectURL(blob);
  try {
    const downloadId = await browser.downloads.download({ url, filename: fileName, saveAs: false, conflictAction: 'uniquify' });
    await sendMessage('export.recorded', { exportedAt: exportedAt.toISOString(), caseId: request.caseId });
    if ((await loadSettings()).eraseExportsFromDownloadList) void eraseWhenSaved(downloadId);
  } finally {
    // The download keeps its own reference; give it time to start before letting go of ours.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  // Shown beside the saved file: what a recipient compares with the fingerprint in VERIFY.txt.
  return { fileName, size: blob.size, keyFingerprint: await keyFingerprint(signer.publicKeyJwk, sha256Bytes) };
}

/** Fewer traces: the file stays where it was saved, but the download list forgets it. */
async function eraseWhenSaved(downloadId: number): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const [item] = await browser.downloads.search({ id: downloadId });
    if (item?.state !== 'in_progress') break;
    await new Promise((done) => setTimeout(done, 100));
  }
  await browser.downloads.erase({ id: downloadId });
}
