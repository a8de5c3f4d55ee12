import type { MessageKey } from '../locales';
import { removalRoutes } from '../platforms/routes';
import { TIDA_REQUEST } from '../platforms/route-fields';
import type { RemovalRoute } from '../platforms/types';
import type { RouteRef } from '../shared/takedown-types';

/** Pub. L. 119-12 § 3, 47 U.S.C. § 223a(a)(3): covered platforms remove within 48 hours of a valid request. */
const TIDA_HOURS = 48;
/** Covered platforms had one year from enactment (2025-05-19) to set up the process (see route-fields.ts). */
const TIDA_DUTY_FROM = Date.parse('2026-05-19T00:00:00Z');

export interface StatedResponseTime {
  hours: number;
  /** Whose rule it is: the catalogue key of the words shown to the person. */
  rule: MessageKey;
}

/** The route a request followed, as the reference data describes it now, with its position in the platform's order. */
export function findRoute(ref: RouteRef): { routes: RemovalRoute[]; index: number } {
  const routes = ref.platformId ? removalRoutes(ref.platformId) : [];
  let index = routes.findIndex((route) => route.kind === ref.kind && route.label === ref.label);
  if (index < 0)
    index = routes.findIndex((route) => route.kind === ref.kind && ((ref.url && route.url === ref.url) || (ref.email && route.email === ref.email)));
  return { routes, index };
}

/**
 * The response time the reference data states for a route, or null. Only the TAKE IT DOWN Act
 * gives one today: routes the platform names as its channel under the Act, and routes whose
 * request is the Act's statutory list. No deadline is guessed for any other route.
 */
export function statedResponseTime(ref: RouteRef, sentAt: string): StatedResponseTime | null {
  const sent = Date.parse(sentAt);
  if (Number.isNaN(sent) || sent < TIDA_DUTY_FROM) return null;
  const { routes, index } = findRoute(ref);
  const route = routes[index];
  const covered = ref.kind === 'take-it-down-act' || (route !== undefined && (route.kind === 'take-it-down-act' || asksForTidaRequest(route)));
  return covered ? { hours: TIDA_HOURS, rule: 'takedowns_rule_take_it_down' } : null;
}

function asksForTidaRequest(route: RemovalRoute): boolean {
  return route.userMustProvide.length === TIDA_REQUEST.length && route.userMustProvide.every((item, i) => item === TIDA_REQUEST[i]);
}
