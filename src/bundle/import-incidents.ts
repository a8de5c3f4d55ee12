import type { IncidentRecord } from '../shared/types';
import type { BundleIncident } from './types';

export interface IncidentRekey {
  caseId: string;
  /** Old id to new id, for the captures, removal requests and people imported with the case. */
  captureIds: ReadonlyMap<string, string>;
  requestIds: ReadonlyMap<string, string>;
  personIds: ReadonlyMap<string, string>;
  newId: () => string;
}

/**
 * The bundle's log as entries of the new case: new ids, links pointing at the new ids (a link to
 * something the bundle does not hold is dropped). Entries from bundles made before the log had a
 * status or a source read as open and written by the person.
 */
export function importIncidents(incidents: readonly BundleIncident[], rekey: IncidentRekey): IncidentRecord[] {
  const mapAll = (ids: readonly string[] | undefined, map: ReadonlyMap<string, string>) => (ids ?? []).flatMap((id) => map.get(id) ?? []);
  return incidents.map(({ sourceId: oldSource, personIds: oldPeople, requestIds: oldRequests, ...incident }) => {
    const source = incident.source ?? 'person';
    const sources = source === 'capture' ? rekey.captureIds : source === 'request' ? rekey.requestIds : undefined;
    const sourceId = oldSource === undefined ? undefined : sources?.get(oldSource);
    const personIds = mapAll(oldPeople, rekey.personIds);
    const requestIds = mapAll(oldRequests, rekey.requestIds);
    return {
      ...incident,
      id: rekey.newId(),
      caseId: rekey.caseId,
      status: incident.status ?? 'open',
      source,
      captureIds: mapAll(incident.captureIds, rekey.captureIds),
      ...(sourceId !== undefined && { sourceId }),
      ...(personIds.length > 0 && { personIds }),
      ...(requestIds.length > 0 && { requestIds }),
    };
  });
}
