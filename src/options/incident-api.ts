import { capturesOfCase, incidentsOfCase } from '../db/queries';
import { sendMessage } from '../shared/send-message';
import type { CaptureRecord, IncidentRecord } from '../shared/types';
import type { IncidentFields } from '../workspace/incident-check';

export interface IncidentApi {
  incidents(caseId: string): Promise<IncidentRecord[]>;
  /** The case's captures, to link as evidence that it happened. */
  incidentCaptures(caseId: string): Promise<CaptureRecord[]>;
  /** Adds an entry (no id) or edits one (with its id). */
  saveIncident(entry: IncidentFields & { id?: string }): Promise<IncidentRecord>;
  deleteIncident(id: string): Promise<void>;
}

export const incidentApi: IncidentApi = {
  incidents: incidentsOfCase,
  incidentCaptures: capturesOfCase,
  saveIncident: (entry) => sendMessage('incident.save', { entry }),
  async deleteIncident(id) {
    await sendMessage('incident.delete', { id });
  },
};
