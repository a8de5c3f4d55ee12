import * as v from 'valibot';
import type { PersonRole } from '../shared/workspace-types';
import { Copy, format, Id, text, UtcTime } from './bundle-schemas';
import { PEOPLE_JSON_FORMAT } from './types';

/*
 * people.json (issue #11): strict like the other wrappers, with the same limits the editor keeps
 * (src/workspace/people-clean.ts), so whatever Preserve saved can be exported and imported again.
 * Addresses are parsed as well as matched, so `javascript:` and look-alike schemes never pass.
 */

const ROLES: readonly PersonRole[] = ['perpetrator', 'affected', 'ally'];
const maybe = v.exactOptional;

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const HttpUrl = v.pipe(format(/^https?:\/\/\S+$/, 'an http or https address', 4_096), v.check(isHttpUrl, 'must be an http or https address'));
/** Platform ids are names in code (google_drive_photos), or "other". */
const Platform = format(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'a short name in lowercase letters, digits, -, _ and .', 64);

const Account = v.strictObject({
  platform: Platform,
  handle: maybe(text(200)),
  stableId: maybe(text(200)),
  formerHandles: maybe(v.pipe(v.array(text(200)), v.maxLength(50))),
  urls: v.pipe(v.array(HttpUrl), v.maxLength(50)),
});

const Person = v.strictObject({
  id: Id,
  caseId: Id,
  role: v.picklist(ROLES, `must be one of ${ROLES.join(', ')}`),
  name: text(500),
  accounts: v.pipe(v.array(Account), v.maxLength(50)),
  notes: maybe(text(20_000)),
  captureIds: v.pipe(v.array(Id), v.maxLength(100_000)),
  createdAt: UtcTime,
  updatedAt: maybe(UtcTime),
});

export const PeopleJsonSchema = v.strictObject({
  format: v.literal(PEOPLE_JSON_FORMAT),
  copy: Copy,
  people: v.pipe(v.array(Person), v.maxLength(10_000)),
});
