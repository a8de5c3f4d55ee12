import type { CaptureDigest } from '../shared/capture-digest';
import type { PersonAccount, PersonRecord } from '../shared/workspace-types';

/**
 * Accounts the case's captures name as a post's author, offered to the person: one not recorded
 * yet ("Add this account"), one recorded under an older handle (the platform's id is the same, so
 * it is the same account renamed), or a recorded one whose newer captures are not linked yet.
 */
export type AccountSuggestion =
  | { kind: 'new'; key: string; name?: string; account: PersonAccount; captureIds: string[] }
  | { kind: 'renamed'; key: string; personId: string; accountIndex: number; from: string; to: string; captureIds: string[] }
  | { kind: 'link'; key: string; personId: string; captureIds: string[] };

interface Sighting {
  platform: string;
  name?: string;
  handle?: string;
  id?: string;
  url?: string;
  captureId: string;
  at: string;
}

/** Handles compare without case and without the "@" or "u/" the page put in front. */
export function sameHandle(a: string | undefined, b: string | undefined): boolean {
  const bare = (handle: string) =>
    handle
      .trim()
      .replace(/^(?:@|u\/)/i, '')
      .toLowerCase();
  return a !== undefined && b !== undefined && bare(a) !== '' && bare(a) === bare(b);
}

const isHttp = (url: string | undefined): url is string => url !== undefined && /^https?:\/\/\S+$/i.test(url);

function sightings(captures: readonly CaptureDigest[]): Sighting[] {
  const out: Sighting[] = [];
  for (const capture of captures) {
    const author = capture.claimed?.post?.author;
    if (!author || !(author.handle || author.id)) continue;
    out.push({
      platform: capture.claimed?.platform?.platform.id ?? 'other',
      ...(author.name && { name: author.name }),
      ...(author.handle && { handle: author.handle }),
      ...(author.id && { id: author.id }),
      ...(isHttp(author.url) && { url: author.url }),
      captureId: capture.id,
      at: capture.observed.capturedAt,
    });
  }
  // Oldest first, so the last sighting of an account carries its newest handle.
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** One account seen in captures: sightings sharing an id, or a handle when the page gave no id. */
function group(all: Sighting[]): Sighting[][] {
  const groups: Sighting[][] = [];
  for (const sighting of all) {
    const found = groups.find((members) =>
      members.some(
        (other) =>
          other.platform === sighting.platform &&
          (sighting.id !== undefined && other.id !== undefined ? other.id === sighting.id : sameHandle(other.handle, sighting.handle)),
      ),
    );
    if (found) found.push(sighting);
    else groups.push([sighting]);
  }
  return groups;
}

/** The recorded account this group is: the same stable id, or (when either side lacks one) the same handle. */
function recorded(people: readonly PersonRecord[], members: Sighting[]): { person: PersonRecord; accountIndex: number } | undefined {
  const platform = members[0]!.platform;
  const id = members.find((member) => member.id)?.id;
  for (const person of people) {
    const accountIndex = person.accounts.findIndex((account) => {
      if (account.platform !== platform) return false;
      if (id !== undefined && account.stableId) return account.stableId === id;
      const handles = [account.handle, ...(account.formerHandles ?? [])];
      return members.some((member) => handles.some((handle) => sameHandle(handle, member.handle)));
    });
    if (accountIndex >= 0) return { person, accountIndex };
  }
  return undefined;
}

export function accountSuggestions(captures: readonly CaptureDigest[], people: readonly PersonRecord[]): AccountSuggestion[] {
  const out: AccountSuggestion[] = [];
  for (const members of group(sightings(captures))) {
    const newest = members.at(-1)!;
    const captureIds = [...new Set(members.map((member) => member.captureId))];
    const key = `${newest.platform}:${members.find((member) => member.id)?.id ?? newest.handle}`;
    const match = recorded(people, members);
    if (!match) {
      const handles = [...new Set(members.flatMap((member) => member.handle ?? []))];
      const id = members.find((member) => member.id)?.id;
      const urls = [...new Set(members.flatMap((member) => member.url ?? []))];
      const formerHandles = handles.filter((handle) => handle !== newest.handle);
      const name = members.findLast((member) => member.name)?.name;
      const account: PersonAccount = {
        platform: newest.platform,
        ...(newest.handle && { handle: newest.handle }),
        ...(id && { stableId: id }),
        ...(formerHandles.length > 0 && { formerHandles }),
        urls,
      };
      out.push({ kind: 'new', key, ...(name && { name }), account, captureIds });
      continue;
    }
    const { person, accountIndex } = match;
    const account = person.accounts[accountIndex]!;
    const matchedById = account.stableId !== undefined && account.stableId === newest.id;
    if (matchedById && account.handle && newest.handle && !sameHandle(account.handle, newest.handle)) {
      out.push({ kind: 'renamed', key: `${key}:renamed`, personId: person.id, accountIndex, from: account.handle, to: newest.handle, captureIds });
    }
    const unlinked = captureIds.filter((id) => !person.captureIds.includes(id));
    if (unlinked.length > 0) out.push({ kind: 'link', key: `${key}:link`, personId: person.id, captureIds: unlinked });
  }
  return out;
}

/** The account after a rename: the new handle, the old one kept among its former handles. */
export function renamedAccount(account: PersonAccount, to: string): PersonAccount {
  const former = [...(account.formerHandles ?? []), ...(account.handle ? [account.handle] : [])].filter((handle) => !sameHandle(handle, to));
  return { ...account, handle: to, formerHandles: [...new Set(former)] };
}
