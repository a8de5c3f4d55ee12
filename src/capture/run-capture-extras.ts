import { CAPTURE_EXTRAS, type CaptureContext, type ExtraArtifacts } from './capture-extras';

/**
 * Runs the extra steps that apply: those that scroll the page one after another (a page has one
 * scroll position), the rest alongside them. Their artifacts keep the order of CAPTURE_EXTRAS.
 */
export async function runCaptureExtras(context: CaptureContext): Promise<ExtraArtifacts> {
  const steps = CAPTURE_EXTRAS.filter((step) => step.applies(context));
  const results = new Map<string, ExtraArtifacts>();
  const scrolling = (async () => {
    for (const step of steps.filter((candidate) => candidate.scrolls)) results.set(step.name, await step.run(context));
  })();
  const alongside = steps.filter((step) => !step.scrolls).map(async (step) => results.set(step.name, await step.run(context)));
  await Promise.all([scrolling, ...alongside]);
  const ordered = steps.map((step) => results.get(step.name)).filter((result) => result !== undefined);
  return {
    artifacts: ordered.flatMap((result) => result.artifacts),
    rows: ordered.flatMap((result) => result.rows),
    observed: mergeObserved(ordered.map((result) => result.observed ?? {})),
  };
}

/** Each step's facts; notes from several steps (the archive, the media) are kept together, in step order. */
function mergeObserved(parts: NonNullable<ExtraArtifacts['observed']>[]): NonNullable<ExtraArtifacts['observed']> {
  const merged: NonNullable<ExtraArtifacts['observed']> = Object.assign({}, ...parts);
  const mediaNotes = parts.flatMap((part) => part.mediaNotes ?? []);
  if (mediaNotes.length) merged.mediaNotes = mediaNotes;
  return merged;
}
