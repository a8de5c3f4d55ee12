import { FILES } from './bundle-paths';
import { parseJsonFile } from './parse-json';
import { PeopleJsonSchema } from './people-schema';
import type { BundleManifest, PeopleJson } from './types';
import type { ZipProblem } from './zip-directory';

/**
 * people.json (absent when the case recorded no one, and from older bundles): its schema, that it
 * belongs to this bundle and copy, no repeated ids, every link to a capture the bundle holds, and
 * on the platform copy only the accounts involved, with no names or notes.
 */
export function verifyPeople(
  bytes: Uint8Array | undefined,
  manifest: BundleManifest,
  captureIds: ReadonlySet<string>,
  problems: ZipProblem[],
): PeopleJson | undefined {
  if (!bytes) return undefined;
  const parsed = parseJsonFile(bytes, PeopleJsonSchema);
  if (!parsed.ok) return void problems.push({ file: FILES.peopleJson, message: parsed.message });
  const json = parsed.value as PeopleJson;
  const found: ZipProblem[] = [];
  const problem = (message: string) => found.push({ file: FILES.peopleJson, message });
  if (json.copy !== manifest.preserve.copy) problem('belongs to a different copy of the bundle');
  const ids = new Set<string>();
  for (const person of json.people) {
    if (ids.has(person.id)) problem(`repeats person id ${person.id}`);
    ids.add(person.id);
    if (person.caseId !== manifest.preserve.case.id) problem(`holds ${person.id}, which belongs to a different case`);
    for (const captureId of person.captureIds) {
      if (!captureIds.has(captureId)) problem(`person ${person.id} cites capture ${captureId}, which the bundle does not hold`);
    }
    if (json.copy === 'platform' && (person.role !== 'perpetrator' || person.name !== '' || person.notes !== undefined))
      problem(`carries ${person.id}'s name, notes or role, which the platform copy leaves out`);
  }
  problems.push(...found);
  return found.length === 0 ? json : undefined;
}
