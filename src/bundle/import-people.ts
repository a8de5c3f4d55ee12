import type { PersonRecord } from '../shared/workspace-types';
import type { PeopleJson } from './types';

/** The bundle's people as records of the new case: new ids, links pointing at the new capture ids. */
export function importPeople(json: PeopleJson | undefined, caseId: string, captureIds: ReadonlyMap<string, string>, newId: () => string): PersonRecord[] {
  return (json?.people ?? []).map((person) => ({
    ...person,
    id: newId(),
    caseId,
    captureIds: person.captureIds.flatMap((id) => captureIds.get(id) ?? []),
  }));
}
