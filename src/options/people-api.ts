import { peopleOf } from '../db/workspace-queries';
import type { PersonRecord } from '../shared/workspace-types';

export interface PeopleApi {
  people(caseId: string): Promise<PersonRecord[]>;
}

export const peopleApi: PeopleApi = {
  people: peopleOf,
};
