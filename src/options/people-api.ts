import { peopleOf } from '../db/workspace-queries';
import type { CaptureDigest } from '../shared/capture-digest';
import { sendMessage } from '../shared/send-message';
import type { PersonRecord } from '../shared/workspace-types';
import type { PersonDraft } from '../workspace/people-clean';
import { captureDigests } from './capture-digests';

export interface PeopleApi {
  people(caseId: string): Promise<PersonRecord[]>;
  /** Every capture of the case as a digest, for the accounts they name ("Add this account"). */
  peopleCaptures(caseId: string): Promise<CaptureDigest[]>;
  savePerson(person: PersonDraft & { id?: string }): Promise<PersonRecord>;
  deletePerson(id: string): Promise<void>;
}

export const peopleApi: PeopleApi = {
  people: peopleOf,
  peopleCaptures: captureDigests,
  savePerson: (person) => sendMessage('person.save', { person }),
  async deletePerson(id) {
    await sendMessage('person.delete', { id });
  },
};
