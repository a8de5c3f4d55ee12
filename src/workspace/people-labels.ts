import { platforms } from '../platforms';
import type { PersonAccount, PersonRecord } from '../shared/workspace-types';

/** The platform's display name, or the id as recorded ('other' and ids from newer versions). */
export function platformLabel(platformId: string): string {
  return platforms.find((platform) => platform.id === platformId)?.name ?? platformId;
}

/** "@handle on X", or the stable id or first address when the handle is unknown. */
export function accountLabel(account: PersonAccount): string {
  const who = account.handle || account.stableId || account.urls[0] || '';
  return account.platform === 'other' ? who : `${who} (${platformLabel(account.platform)})`;
}

/**
 * How a person is named in lists, log entries and requests: the name the person typed, else
 * their first account. Empty only for a record with neither, which the editor does not save.
 */
export function personLabel(person: Pick<PersonRecord, 'name' | 'accounts'>): string {
  const name = person.name.trim();
  if (name) return name;
  const first = person.accounts[0];
  return first ? accountLabel(first) : '';
}
