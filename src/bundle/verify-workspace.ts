import { FILES } from './bundle-paths';
import { parseJsonFile } from './parse-json';
import type { BundleManifest, WorkspaceJson } from './types';
import { WorkspaceJsonSchema } from './workspace-schema';
import type { ZipProblem } from './zip-directory';

/**
 * workspace.json (absent from the platform copy, from cases with nothing in it, and from older
 * bundles): its schema, that it belongs to this bundle's legal copy and case, no repeated ids, each
 * plan step keyed as the store keys it, each check to a watched link in the file, and each watched
 * link's capture in the bundle.
 */
export function verifyWorkspace(
  bytes: Uint8Array | undefined,
  manifest: BundleManifest,
  captureIds: ReadonlySet<string>,
  problems: ZipProblem[],
): WorkspaceJson | undefined {
  if (!bytes) return undefined;
  const found: ZipProblem[] = [];
  const problem = (message: string) => found.push({ file: FILES.workspaceJson, message });
  if (manifest.preserve.copy !== 'legal') problem('is in a platform copy, which leaves the workspace out');
  const parsed = parseJsonFile(bytes, WorkspaceJsonSchema);
  if (!parsed.ok) return void problems.push(...found, { file: FILES.workspaceJson, message: parsed.message });
  const json = parsed.value as WorkspaceJson;
  const caseId = manifest.preserve.case.id;
  const lists = [
    ['plan step', json.planSteps],
    ['assessment', json.assessments],
    ['case event', json.caseEvents],
    ['watched link', json.monitors],
    ['link check', json.linkChecks],
  ] as const;
  for (const [kind, rows] of lists) {
    const ids = new Set<string>();
    for (const row of rows) {
      if (ids.has(row.id)) problem(`repeats ${kind} id ${row.id}`);
      ids.add(row.id);
      if (row.caseId !== caseId) problem(`holds ${kind} ${row.id}, which belongs to a different case`);
    }
  }
  for (const step of json.planSteps) if (step.id !== `${step.caseId}:${step.stepId}`) problem(`plan step ${step.id} is not keyed by its case and step`);
  const monitorIds = new Set(json.monitors.map((monitor) => monitor.id));
  for (const check of json.linkChecks) if (!monitorIds.has(check.monitorId)) problem(`link check ${check.id} is for a watched link the file does not hold`);
  for (const monitor of json.monitors) {
    if (monitor.captureId && !captureIds.has(monitor.captureId))
      problem(`watched link ${monitor.id} cites capture ${monitor.captureId}, which the bundle does not hold`);
  }
  problems.push(...found);
  return found.length === 0 ? json : undefined;
}
