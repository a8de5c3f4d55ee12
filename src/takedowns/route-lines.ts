import type { DetectionKind, RemovalRoute } from '../platforms/types';
import { ENGLISH, type TakedownText } from './takedown-text';

/*
 * The plain lines shown beside each removal route: what it needs, what it discloses, and how sure
 * Preserve is of it. Pure, so every wording branch is unit-tested; in the language of `text`.
 */

const COPYRIGHT_KINDS: ReadonlySet<RemovalRoute['kind']> = new Set(['copyright', 'dmca-email']);
// Phrases the route data uses when a form asks for an identity document.
const IDENTITY = /\b(?:photo id|id document|identity document|proof of identity|government[- ]issued|passport|driver'?s licen[cs]e|verify your identity)\b/i;

export function isCopyrightRoute(route: Pick<RemovalRoute, 'kind'>): boolean {
  return COPYRIGHT_KINDS.has(route.kind);
}

/** One line: the account, proof of identity, owning the copyright, and what the route is fed. */
export function needsLine(route: RemovalRoute, operator: string, detectionKind?: DetectionKind, text: TakedownText = ENGLISH): string {
  if (route.kind === 'hash-blocking') return text('takedowns_needs_hash_blocking');
  if (route.kind === 'guide') return text('takedowns_needs_guide');
  const parts: string[] = [];
  if (route.accountNeeded === true) parts.push(text('takedowns_needs_account', { operator }));
  else if (route.accountNeeded === false) parts.push(text('takedowns_needs_no_account'));
  else parts.push(text('takedowns_needs_perhaps_account'));
  if (route.userMustProvide.some((item) => IDENTITY.test(item))) parts.push(text('takedowns_needs_identity'));
  if (isCopyrightRoute(route)) parts.push(text('takedowns_needs_copyright'));
  if (route.userMustProvide.some((item) => /signature/i.test(item))) parts.push(text('takedowns_needs_signature'));
  // Copyright notices must point at each item; X and YouTube say a profile or channel address is not enough.
  if (isCopyrightRoute(route) && detectionKind === 'profile') parts.push(text('takedowns_needs_each_post'));
  return text('takedowns_needs', { parts: parts.join('; ') });
}

/** One line on who gets to see the notice. 'unknown' is said as such, never guessed. */
export function disclosureLine(route: Pick<RemovalRoute, 'kind' | 'discloses'>, operator: string, text: TakedownText = ENGLISH): string {
  if (route.kind === 'hash-blocking') return text('takedowns_discloses_hash_blocking');
  if (route.kind === 'guide') return text('takedowns_discloses_guide');
  const { toUploader, publicly, toLumen } = route.discloses;
  const said: string[] = [];
  const unknown: string[] = [];
  if (toUploader === true) said.push(text('takedowns_discloses_to_uploader', { operator }));
  if (toLumen === true) said.push(text('takedowns_discloses_to_lumen', { operator }));
  if (publicly === true) said.push(text('takedowns_discloses_publicly', { operator }));
  if (toUploader === 'unknown') unknown.push(text('takedowns_discloses_unknown_uploader'));
  if (publicly === 'unknown' && toLumen !== true) unknown.push(text('takedowns_discloses_unknown_public'));
  if (toLumen === 'unknown') unknown.push(text('takedowns_discloses_unknown_lumen'));
  if (unknown.length) said.push(text('takedowns_discloses_unknown', { operator, what: joinOr(unknown, text) }));
  if (!said.length) return text('takedowns_discloses_nothing', { operator });
  return said.join(' ');
}

/** True when the route's notice reaches the uploader or the public: then a separate email and an agent are suggested. */
export function exposesSender(route: Pick<RemovalRoute, 'discloses'>): boolean {
  const { toUploader, publicly, toLumen } = route.discloses;
  return toUploader === true || publicly === true || toLumen === true;
}

export function caveatLine(route: Pick<RemovalRoute, 'confidence'>, text: TakedownText = ENGLISH): string | null {
  return route.confidence === 'low' || route.confidence === 'unconfirmed' ? text('takedowns_caveat') : null;
}

function joinOr(items: string[], text: TakedownText): string {
  if (items.length < 2) return items.join('');
  return text('takedowns_list_or', { items: items.slice(0, -1).join(', '), last: items.at(-1)! });
}
