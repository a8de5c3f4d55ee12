import { incidentsOfCase } from '../db/queries';
import type { IncidentRecord } from '../shared/types';

export interface IncidentApi {
  incidents(caseId: string): Promise<IncidentRecord[]>;
}

export const incidentApi: IncidentApi = {
  incidents: incidentsOfCase,
};
