import { capturesOfCase } from '../db/queries';
import { peopleOf } from '../db/workspace-queries';
import { sendMessage } from '../shared/send-message';
import type { CaptureRecord } from '../shared/types';
import type { PersonRecord } from '../shared/workspace-types';
import type { PersonDraft } from '../workspace/people-clean';

export interface PeopleApi {
  people(caseId: string): Promise<PersonRecord[]>;
  /** Every capture of the case, for the accounts they name ("Add this account"). */
  peopleCaptures(caseId: string): Promise<CaptureRecord[]>;
  savePerson(person: PersonDraft & { id?: string }): Promise<PersonRecord>;
  deletePerson(id: string): Promise<void>;
}

export const peopleApi: PeopleApi = {
  people: peopleOf,
  peopleCaptures: capturesOfCase,
  savePerson: (person) => sendMessage('person.save', { person }),
  async deletePerson(id) {
    await sendMessage('person.delete', { id });
  },
};
