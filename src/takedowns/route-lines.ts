import type { DetectionKind, RemovalRoute } from '../platforms/types';

/*
 * The plain lines shown beside each removal route: what it needs, what it discloses, and how sure
 * Preserve is of it. Pure, so every wording branch is unit-tested.
 */

const COPYRIGHT_KINDS: ReadonlySet<RemovalRoute['kind']> = new Set(['copyright', 'dmca-email']);
// Phrases the route data uses when a form asks for an identity document.
const IDENTITY = /\b(?:photo id|id document|identity document|proof of identity|government[- ]issued|passport|driver'?s licen[cs]e|verify your identity)\b/i;

export function isCopyrightRoute(route: Pick<RemovalRoute, 'kind'>): boolean {
  return COPYRIGHT_KINDS.has(route.kind);
}

/** One line: the account, proof of identity, owning the copyright, and what the route is fed. */
export function needsLine(route: RemovalRoute, operator: string, detectionKind?: DetectionKind): string {
  if (route.kind === 'hash-blocking') return 'Needs: no account. You choose the images on your own device; only their fingerprints are sent.';
  if (route.kind === 'guide') return 'Needs: nothing. It explains the steps for each site.';
  const parts: string[] = [];
  if (route.accountNeeded === true) parts.push(`an account on ${operator}`);
  else if (route.accountNeeded === false) parts.push('no account');
  else parts.push('perhaps an account (Preserve does not know)');
  if (route.userMustProvide.some((item) => IDENTITY.test(item))) parts.push('proof of who you are');
  if (isCopyrightRoute(route)) parts.push('that you own the copyright (for example, you took the photo yourself)');
  if (route.userMustProvide.some((item) => /signature/i.test(item))) parts.push('your name typed as a signature');
  // Copyright notices must point at each item; X and YouTube say a profile or channel address is not enough.
  if (isCopyrightRoute(route) && detectionKind === 'profile') parts.push('the address of each post (a profile address is not enough)');
  return `Needs: ${parts.join('; ')}.`;
}

/** One line on who gets to see the notice. 'unknown' is said as such, never guessed. */
export function disclosureLine(route: Pick<RemovalRoute, 'kind' | 'discloses'>, operator: string): string {
  if (route.kind === 'hash-blocking') return 'Only fingerprints of the images leave your device, never the images themselves.';
  if (route.kind === 'guide') return 'You send nothing through this page.';
  const { toUploader, publicly, toLumen } = route.discloses;
  const said: string[] = [];
  const unknown: string[] = [];
  if (toUploader === true) said.push(`${operator} sends your whole notice, with your name and email, to the person who posted it.`);
  if (toLumen === true) said.push(`Copyright notices to ${operator} are published on Lumen (lumendatabase.org), a public archive.`);
  if (publicly === true) said.push(`${operator} may publish your notice.`);
  if (toUploader === 'unknown') unknown.push('passes your notice to the person who posted it');
  if (publicly === 'unknown' && toLumen !== true) unknown.push('publishes it');
  if (toLumen === 'unknown') unknown.push('sends it to Lumen, a public archive');
  if (unknown.length) said.push(`Preserve does not know whether ${operator} ${joinOr(unknown)}.`);
  if (!said.length) return `${operator} does not pass your notice to the person who posted it, or publish it.`;
  return said.join(' ');
}

/** True when the route's notice reaches the uploader or the public: then a separate email and an agent are suggested. */
export function exposesSender(route: Pick<RemovalRoute, 'discloses'>): boolean {
  const { toUploader, publicly, toLumen } = route.discloses;
  return toUploader === true || publicly === true || toLumen === true;
}

export function caveatLine(route: Pick<RemovalRoute, 'confidence'>): string | null {
  return route.confidence === 'low' || route.confidence === 'unconfirmed' ? 'Preserve could not confirm this route; check it before relying on it.' : null;
}

function joinOr(items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
