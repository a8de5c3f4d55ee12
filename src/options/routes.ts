/** Where the options page is, from its address (#view/caseId); every view can be linked to. */
export type Route =
  | { view: 'case'; caseId: string | null }
  | { view: 'plan' | 'assessment' | 'log' | 'people' | 'letters'; caseId: string | null }
  | { view: 'capture'; id: string }
  | { view: 'cases' | 'images' | 'settings' | 'welcome' };

const CASE_VIEWS = ['case', 'plan', 'assessment', 'log', 'people', 'letters'] as const;
type CaseView = (typeof CASE_VIEWS)[number];

export function routeFromHash(hash: string): Route {
  if (hash === '#settings' || hash === '#welcome' || hash === '#cases' || hash === '#images')
    return { view: hash.slice(1) as 'settings' | 'welcome' | 'cases' | 'images' };
  const capture = /^#capture\/([\w-]+)$/.exec(hash);
  if (capture?.[1]) return { view: 'capture', id: capture[1] };
  const match = /^#(\w+)(?:\/([\w-]+))?$/.exec(hash);
  const view = match?.[1] as CaseView | undefined;
  if (view && (CASE_VIEWS as readonly string[]).includes(view)) return { view, caseId: match?.[2] ?? null };
  return { view: 'case', caseId: null };
}

/** The address of a case's view: `#case/<id>` is its evidence. */
export function caseViewHash(view: CaseView, caseId: string): string {
  return `#${view}/${caseId}`;
}
