import { capturesByIds, captureSeqs, incidentsOfCase, listCaptures } from '../db/queries';
import { sendMessage } from '../shared/send-message';
import type { CaptureRecord, IncidentRecord } from '../shared/types';
import type { IncidentFields } from '../workspace/incident-check';
import { PICKER_LIMIT } from './incident-picker';

export interface IncidentApi {
  incidents(caseId: string): Promise<IncidentRecord[]>;
  /** The captures the picker offers: the case's newest, and these linked ones wherever they are in it. */
  incidentCaptures(caseId: string, linked: readonly string[]): Promise<CaptureRecord[]>;
  /** The numbers that label linked captures, by id, read without opening a capture. */
  captureNumbers(caseId: string, ids: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Adds an entry (no id) or edits one (with its id). */
  saveIncident(entry: IncidentFields & { id?: string }): Promise<IncidentRecord>;
  deleteIncident(id: string): Promise<void>;
}

export const incidentApi: IncidentApi = {
  incidents: incidentsOfCase,
  async incidentCaptures(caseId, linked) {
    const newest = await listCaptures(caseId, PICKER_LIMIT);
    const listed = new Set(newest.map((capture) => capture.id));
    return [...newest, ...(await capturesByIds(linked.filter((id) => !listed.has(id))))];
  },
  captureNumbers: captureSeqs,
  saveIncident: (entry) => sendMessage('incident.save', { entry }),
  async deleteIncident(id) {
    await sendMessage('incident.delete', { id });
  },
};
