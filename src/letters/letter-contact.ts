import { removalRoutes } from '../platforms/routes';
import type { Language } from '../locales';
import type { RemovalRoute, RouteKind } from '../platforms/types';
import { letterText } from './letter-text';
import type { LetterContact, LetterKind } from './types';

// Which routes a letter can be sent to, best first. No route holds a legal or law-enforcement
// contact yet, so a preservation request is addressed by the person.
const ROUTE_KINDS: Record<LetterKind, readonly RouteKind[]> = {
  'dmca-notice': ['dmca-email'],
  'take-it-down-request': ['take-it-down-act', 'ncii', 'privacy'],
  'preservation-request': [],
};

/** The platform's address for this letter from its removal routes (with what it discloses), if any. */
export function letterContact(platformId: string, kind: LetterKind, language: Language = 'en'): LetterContact | undefined {
  const routes = removalRoutes(platformId);
  for (const routeKind of ROUTE_KINDS[kind]) {
    const route = routes.find((candidate) => candidate.kind === routeKind && candidate.email);
    if (route) return toContact(route, language);
  }
  return undefined;
}

function toContact(route: RemovalRoute, language: Language): LetterContact {
  return {
    label: letterText(language)(route.kind === 'dmca-email' ? 'letters_dmca_agent_label' : 'letters_tid_agent_label'),
    ...(route.email ? { email: route.email } : {}),
    confidence: route.confidence,
    discloses: route.discloses,
  };
}
