import { crossPlatformRoutes, removalRoutes } from '../platforms/routes';
import type { DetectionKind, RemovalRoute, RouteKind } from '../platforms/types';
import type { FoundContact } from '../shared/found-contacts';
import type { RouteRef } from '../shared/takedown-types';
import { caveatLine, disclosureLine, exposesSender, needsLine } from './route-lines';

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

/** The routes to try for one piece of content, in order (issue #9, "Routes"). */
export function planRoutes(input: PlanInput): PlannedRoute[] {
  return input.platform ? planKnown(input.platform, input) : planUnknown(input);
}

function planKnown(platform: { id: string; name: string }, input: PlanInput): PlannedRoute[] {
  const own = removalRoutes(platform.id);
  const cross = crossPlatformRoutes({ under18: input.under18 });
  const ownUrls = new Set(own.map((route) => route.url).filter(Boolean));
  const mine = (step: RouteStep, kinds: (kind: RouteKind) => boolean) =>
    own.filter((route) => kinds(route.kind)).map((route) => fromRoute(route, step, platform.id, platform.name, input.kind));
  const shared = (step: RouteStep, kind: RouteKind) =>
    cross.filter((route) => route.kind === kind && !ownUrls.has(route.url)).map((route) => fromRoute(route, step, null, operatorOf(route), input.kind));
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

function planUnknown(input: PlanInput): PlannedRoute[] {
  const host = input.host ?? 'this site';
  const cross = crossPlatformRoutes({ under18: input.under18 });
  const shared = (step: RouteStep, kind: RouteKind) =>
    cross.filter((route) => route.kind === kind).map((route) => fromRoute(route, step, null, operatorOf(route), input.kind));
  return [
    ...(input.contacts ?? []).map((contact) => fromContact(contact, host)),
    hostingProvider(host),
    ...shared('hash-blocking', 'hash-blocking'),
    ...shared('search', 'search-removal'),
    letters(),
    ...shared('guide', 'guide'),
  ];
}

function fromRoute(route: RemovalRoute, step: RouteStep, platformId: string | null, operator: string, kind: DetectionKind): PlannedRoute {
  const ref: RouteRef = { platformId, kind: route.kind, label: route.label };
  if (route.url) ref.url = route.url;
  if (route.email) ref.email = route.email;
  const planned: PlannedRoute = {
    step,
    action: actionOf(route),
    ref,
    label: route.label,
    needs: needsLine(route, operator, kind),
    discloses: disclosureLine(route, operator),
    caveat: caveatLine(route),
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

function operatorOf(route: RemovalRoute): string {
  const host = route.url ? new URL(route.url).hostname : '';
  return OPERATORS[host] ?? 'The service';
}

function fromContact(contact: FoundContact, host: string): PlannedRoute {
  const what =
    contact.source === 'security.txt' ? 'Listed in the site’s security.txt' : contact.source === 'mailto' ? 'An address on the page' : 'A link on the page';
  const ref: RouteRef = { platformId: null, kind: 'host-abuse', label: `${what}: ${contact.label}` };
  const planned: PlannedRoute = {
    step: 'host-abuse',
    action: contact.email ? 'email' : 'link',
    ref,
    label: ref.label,
    needs: 'Needs: perhaps an account (Preserve does not know).',
    discloses: `Preserve does not know whether ${host} passes your message to the person who posted it or publishes it.`,
    caveat: caveatLine({ confidence: 'unconfirmed' }),
    suggestAgent: false,
  };
  if (contact.url) planned.url = ref.url = contact.url;
  if (contact.email) planned.email = ref.email = contact.email;
  return planned;
}

function hostingProvider(host: string): PlannedRoute {
  const url = 'https://lookup.icann.org/';
  return {
    step: 'hosting-provider',
    action: 'link',
    ref: { platformId: null, kind: 'hosting-provider', label: `The company that hosts ${host}`, url },
    label: `The company that hosts ${host}`,
    url,
    how: `Look up ${host} with a WHOIS or RDAP service (such as ICANN Lookup). It names the registrar, and often the hosting company. Hosting companies and registrars have abuse desks (an abuse@ address or a form) that act on intimate images shared without consent, even when the site itself does not answer.`,
    needs: 'Needs: no account. The address of the content, and a short message or a letter.',
    discloses: 'Hosting companies may forward your message to the site’s owner.',
    caveat: null,
    suggestAgent: false,
  };
}

function letters(): PlannedRoute {
  return {
    step: 'letters',
    action: 'letters',
    ref: { platformId: null, kind: 'letter', label: 'A letter you send yourself' },
    label: 'A letter you send yourself',
    how: 'Preserve can write a copyright (DMCA) notice, a TAKE IT DOWN Act request and a preservation letter from this case, for you to review, edit and send.',
    needs: 'Needs: an address to send it to (from the steps above).',
    discloses: null,
    caveat: null,
    suggestAgent: false,
  };
}
