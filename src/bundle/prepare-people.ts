import * as v from 'valibot';
import type { PersonRecord } from '../shared/workspace-types';
import { BundleError } from './bundle-error';
import { describeIssues } from './bundle-schemas';
import { PeopleJsonSchema } from './people-schema';
import { PEOPLE_JSON_FORMAT, type BundleCopy, type PeopleJson } from './types';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * people.json, or null when the case records no one (older bundles have none either). The
 * platform copy goes to the platform the accounts are on: it keeps only the accounts involved
 * (their handles, ids and addresses), never the names and notes the person typed, nor the people
 * affected and the allies. Links keep only the captures the bundle holds.
 */
export function preparePeople(people: readonly PersonRecord[], caseId: string, captureIds: ReadonlySet<string>, copy: BundleCopy): PeopleJson | null {
  const ids = new Set<string>();
  for (const person of people) {
    if (person.caseId !== caseId) throw new BundleError(`A person (${person.id}) belongs to another case.`);
    if (ids.has(person.id)) throw new BundleError(`A person (${person.id}) is listed twice.`);
    ids.add(person.id);
  }
  const kept = copy === 'platform' ? people.filter((person) => person.role === 'perpetrator') : people;
  if (kept.length === 0) return null;
  const json: PeopleJson = {
    format: PEOPLE_JSON_FORMAT,
    copy,
    people: [...kept]
      .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id))
      .map(({ notes, ...person }) => ({
        ...person,
        ...(copy === 'platform' ? { name: '' } : notes !== undefined && { notes }),
        captureIds: person.captureIds.filter((id) => captureIds.has(id)),
      })),
  };
  // Never export what our own verifier would refuse.
  const checked = v.safeParse(PeopleJsonSchema, json);
  if (!checked.success) throw new BundleError(`The list of people cannot be exported: ${describeIssues(checked.issues)}`);
  return json;
}
