import { limitClaims } from '../content/limit-claims';
import { detectPlatform } from '../platforms';
import type { ClaimedFacts } from '../shared/types';

/**
 * The reader clips in the page, but whatever comes back from a page is checked again here: only
 * known fields of the right type, clipped, within the overall cap. Detection reads the address the
 * browser reports, not the page's idea of it; it is stored with the page's claims because it
 * describes what the page is, not what the browser saw.
 */
export function claimsFromAnswer(answer: unknown, tabUrl: string): ClaimedFacts {
  const claims = typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? limitClaims({ ...answer, platform: detectPlatform(tabUrl) }) : null;
  if (!claims) throw new Error('The page did not answer.');
  return claims;
}
