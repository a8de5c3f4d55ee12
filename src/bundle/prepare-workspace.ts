import * as v from 'valibot';
import { BundleError } from './bundle-error';
import { describeIssues } from './bundle-schemas';
import { WorkspaceJsonSchema } from './workspace-schema';
import { type BundleCopy, WORKSPACE_JSON_FORMAT, type WorkspaceInput, type WorkspaceJson } from './types';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTime =
  <T extends { id: string }>(time: (item: T) => string) =>
  (a: T, b: T) =>
    compare(time(a), time(b)) || compare(a.id, b.id);

/**
 * workspace.json, or null on the platform copy (the plan and the assessment's answers are the
 * person's own, not something a platform needs) and when the case has nothing in it. Sorted, so
 * the same case gives the same bytes. A watched link keeps its link to a capture only when the
 * bundle holds that capture.
 */
export function prepareWorkspace(input: WorkspaceInput | undefined, caseId: string, captureIds: ReadonlySet<string>, copy: BundleCopy): WorkspaceJson | null {
  if (!input || copy === 'platform') return null;
  const { planSteps, assessments, caseEvents, monitors, linkChecks } = input;
  if (!planSteps.length && !assessments.length && !caseEvents.length && !monitors.length && !linkChecks.length) return null;
  for (const row of [...planSteps, ...assessments, ...caseEvents, ...monitors, ...linkChecks]) {
    if (row.caseId !== caseId) throw new BundleError(`A workspace record (${row.id}) belongs to another case.`);
  }
  const monitorIds = new Set(monitors.map((monitor) => monitor.id));
  const json: WorkspaceJson = {
    format: WORKSPACE_JSON_FORMAT,
    copy: 'legal',
    planSteps: [...planSteps].sort((a, b) => compare(a.stepId, b.stepId)),
    assessments: [...assessments].sort(byTime((row) => row.at)),
    caseEvents: [...caseEvents].sort(byTime((row) => row.at)),
    monitors: [...monitors]
      .sort(byTime((row) => row.addedAt))
      .map(({ captureId, ...monitor }) => ({ ...monitor, ...(captureId && captureIds.has(captureId) && { captureId }) })),
    // A check is read beside its link; one whose link is gone has nothing to be shown with.
    linkChecks: linkChecks.filter((check) => monitorIds.has(check.monitorId)).sort(byTime((row) => row.checkedAt)),
  };
  // Never export what our own verifier would refuse.
  const checked = v.safeParse(WorkspaceJsonSchema, json);
  if (!checked.success) throw new BundleError(`The case's plan, assessments and watched links cannot be exported: ${describeIssues(checked.issues)}`);
  return json;
}
