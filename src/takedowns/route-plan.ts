import { crossPlatformRoutes, removalRoutes } from '../platforms/routes';
import type { DetectionKind, RemovalRoute, RouteKind } from '../platforms/types';
import type { FoundContact } from '../shared/found-contacts';
import type { RouteRef } from '../shared/takedown-types';
import { caveatLine, disclosureLine, exposesSender, needsLine } from './route-lines';
import { ENGLISH, type TakedownText } from './takedown-text';

/** Where a route sits in the order to try: the platform's own forms first, copyright late, guides last. */
export type RouteStep =
  | 'platform'
  | 'take-it-down-act'
  | 'in-app'
  | 'hash-blocking'
  | 'copyright'
  | 'search'
  | 'host-abuse'
  | 'hosting-provider'
  | 'letters'
  | 'guide';

/** What the panel offers for it: "Open the form", a link, an address to write to, steps in the app, or the letters. */
export type RouteAction = 'form' | 'link' | 'email' | 'in-app' | 'letters';

export interface PlannedRoute {
  step: RouteStep;
  action: RouteAction;
  ref: RouteRef;
  label: string;
  url?: string;
  email?: string;
  how?: string;
  note?: string;
  needs: string;
  discloses: string | null;
  caveat: string | null;
  /** The notice reaches the uploader or the public: suggest a separate email and an agent first. */
  suggestAgent: boolean;
}

export interface PlanInput {
  /** null for a host Preserve does not know. */
  platform: { id: string; name: string } | null;
  kind: DetectionKind;
  under18: boolean;
  /** The content's hostname, named in the guidance for unknown hosts. */
  host?: string;
  /** Contacts the person asked Preserve to look for in the page. */
  contacts?: readonly FoundContact[];
}

// A search engine's own delisting form is its NCII form.
const PLATFORM_OWN: ReadonlySet<RouteKind> = new Set(['ncii', 'privacy', 'search-removal']);
const FORM_KINDS: ReadonlySet<RouteKind> = new Set(['ncii', 'privacy', 'take-it-down-act', 'copyright', 'search-removal']);
// Who runs each cross-platform route, for the disclosure line.
const OPERATORS: Readonly<Record<string, string>> = {
  'stopncii.org': 'StopNCII.org',
  'takeitdown.ncmec.org': 'NCMEC',
  'support.google.com': 'Google',
  'www.microsoft.com': 'Microsoft',
  'www.cybercivilrights.org': 'CCRI',
};

/**
 * The routes to try for one piece of content, in order (issue #9, "Routes"). The lines Preserve
 * writes are in the language of `text`; the platforms' own route names stay as they are.
 */
export function planRoutes(input: PlanInput, text: TakedownText = ENGLISH): PlannedRoute[] {
  return input.platform ? planKnown(input.platform, input, text) : planUnknown(input, text);
}

function planKnown(platform: { id: string; name: string }, input: PlanInput, text: TakedownText): PlannedRoute[] {
  const own = removalRoutes(platform.id);
  const cross = crossPlatformRoutes({ under18: input.under18 });
  const ownUrls = new Set(own.map((route) => route.url).filter(Boolean));
  const mine = (step: RouteStep, kinds: (kind: RouteKind) => boolean) =>
    own.filter((route) => kinds(route.kind)).map((route) => fromRoute(route, step, platform.id, platform.name, input.kind, text));
  const shared = (step: RouteStep, kind: RouteKind) =>
    cross
      .filter((route) => route.kind === kind && !ownUrls.has(route.url))
      .map((route) => fromRoute(route, step, null, operatorOf(route, text), input.kind, text));
  return [
    ...mine('platform', (kind) => PLATFORM_OWN.has(kind)),
    ...mine('take-it-down-act', (kind) => kind === 'take-it-down-act'),
    // Reporting inside the app needs an account that can see the post, so the forms come first.
    ...mine('in-app', (kind) => kind === 'in-app'),
    ...shared('hash-blocking', 'hash-blocking'),
    ...mine('copyright', (kind) => kind === 'copyright' || kind === 'dmca-email'),
    ...shared('search', 'search-removal'),
    ...mine('guide', (kind) => kind === 'guide'),
    ...shared('guide', 'guide'),
  ];
}

function planUnknown(input: PlanInput, text: TakedownText): PlannedRoute[] {
  const host = input.host ?? text('takedowns_this_site');
  const cross = crossPlatformRoutes({ under18: input.under18 });
  const shared = (step: RouteStep, kind: RouteKind) =>
    cross.filter((route) => route.kind === kind).map((route) => fromRoute(route, step, null, operatorOf(route, text), input.kind, text));
  return [
    ...(input.contacts ?? []).map((contact) => fromContact(contact, host, text)),
    hostingProvider(host, text),
    ...shared('hash-blocking', 'hash-blocking'),
    ...shared('search', 'search-removal'),
    letters(text),
    ...shared('guide', 'guide'),
  ];
}

function fromRoute(route: RemovalRoute, step: RouteStep, platformId: string | null, operator: string, kind: DetectionKind, text: TakedownText): PlannedRoute {
  const ref: RouteRef = { platformId, kind: route.kind, label: route.label };
  if (route.url) ref.url = route.url;
  if (route.email) ref.email = route.email;
  const planned: PlannedRoute = {
    step,
    action: actionOf(route),
    ref,
    label: route.label,
    needs: needsLine(route, operator, kind, text),
    discloses: disclosureLine(route, operator, text),
    caveat: caveatLine(route, text),
    suggestAgent: exposesSender(route),
  };
  if (route.url) planned.url = route.url;
  if (route.email) planned.email = route.email;
  if (route.how) planned.how = route.how;
  if (route.note) planned.note = route.note;
  return planned;
}

function actionOf(route: RemovalRoute): RouteAction {
  if (route.url && FORM_KINDS.has(route.kind)) return 'form';
  if (route.url) return 'link';
  if (route.email) return 'email';
  return 'in-app';
}

function operatorOf(route: RemovalRoute, text: TakedownText): string {
  const host = route.url ? new URL(route.url).hostname : '';
  return OPERATORS[host] ?? text('takedowns_operator_unknown');
}

function fromContact(contact: FoundContact, host: string, text: TakedownText): PlannedRoute {
  const source = text(
    contact.source === 'security.txt' ? 'takedowns_contact_security_txt' : contact.source === 'mailto' ? 'takedowns_contact_mailto' : 'takedowns_contact_link',
  );
  const ref: RouteRef = { platformId: null, kind: 'host-abuse', label: text('takedowns_contact', { source, contact: contact.label }) };
  const planned: PlannedRoute = {
    step: 'host-abuse',
    action: contact.email ? 'email' : 'link',
    ref,
    label: ref.label,
    needs: text('takedowns_needs', { parts: text('takedowns_needs_perhaps_account') }),
    discloses: text('takedowns_discloses_host', { host }),
    caveat: caveatLine({ confidence: 'unconfirmed' }, text),
    suggestAgent: false,
  };
  if (contact.url) planned.url = ref.url = contact.url;
  if (contact.email) planned.email = ref.email = contact.email;
  return planned;
}

function hostingProvider(host: string, text: TakedownText): PlannedRoute {
  const url = 'https://lookup.icann.org/';
  const label = text('takedowns_hosting_label', { host });
  return {
    step: 'hosting-provider',
    action: 'link',
    ref: { platformId: null, kind: 'hosting-provider', label, url },
    label,
    url,
    how: text('takedowns_hosting_how', { host }),
    needs: text('takedowns_needs_host'),
    discloses: text('takedowns_discloses_hosting'),
    caveat: null,
    suggestAgent: false,
  };
}

function letters(text: TakedownText): PlannedRoute {
  const label = text('takedowns_letter_label');
  return {
    step: 'letters',
    action: 'letters',
    ref: { platformId: null, kind: 'letter', label },
    label,
    how: text('takedowns_letter_how'),
    needs: text('takedowns_needs_letter'),
    discloses: null,
    caveat: null,
    suggestAgent: false,
  };
}
