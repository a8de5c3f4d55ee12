import type { WorkspaceInput, WorkspaceJson } from './types';

/** Only these describe the case itself; moves are told by case.json and the imported chain. */
const KEPT_EVENTS = new Set(['created', 'renamed', 'archived', 'unarchived', 'exported']);

/**
 * The bundle's workspace as rows of the new case: new ids, links pointing at the new capture and
 * link ids. Move events are left out: the imported case holds every capture in its own new chain,
 * and a move naming the original ids would make deleting it reach for captures of other cases.
 * Watched links arrive turned off: nothing is fetched from this device unless its owner asks.
 */
export function importWorkspace(json: WorkspaceJson | undefined, caseId: string, captureIds: ReadonlyMap<string, string>, newId: () => string): WorkspaceInput {
  if (!json) return { planSteps: [], assessments: [], caseEvents: [], monitors: [], linkChecks: [] };
  const monitorIds = new Map(json.monitors.map((monitor) => [monitor.id, newId()]));
  return {
    planSteps: json.planSteps.map((step) => ({ ...step, id: `${caseId}:${step.stepId}`, caseId })),
    assessments: json.assessments.map((row) => ({ ...row, id: newId(), caseId })),
    caseEvents: json.caseEvents
      .filter((event) => KEPT_EVENTS.has(event.kind))
      .map(({ captureId: _capture, otherCaseId: _other, captureSeq: _seq, captureRecordHash: _hash, ...event }) => ({ ...event, id: newId(), caseId })),
    monitors: json.monitors.map(({ captureId: original, ...monitor }) => {
      const captureId = original ? captureIds.get(original) : undefined;
      return { ...monitor, id: monitorIds.get(monitor.id)!, caseId, enabled: false, ...(captureId && { captureId }) };
    }),
    linkChecks: json.linkChecks.flatMap((check) => {
      const monitorId = monitorIds.get(check.monitorId);
      return monitorId ? [{ ...check, id: newId(), caseId, monitorId }] : [];
    }),
  };
}
