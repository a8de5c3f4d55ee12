import * as v from 'valibot';
import type { LinkReason, LinkState } from '../shared/matching-types';
import type { AssessmentAnswer, CaseEvent, RiskLevel } from '../shared/workspace-types';
import { format, Id, Sha256, text, UtcTime } from './bundle-schemas';
import { WORKSPACE_JSON_FORMAT } from './types';

/*
 * workspace.json (issue #11): strict like the other wrappers. Names in code (step ids, question
 * ids) are short lowercase words, so a stranger's bundle cannot smuggle text through them; the
 * pages and the report look them up in the catalogue and show nothing for one they do not know.
 */

const maybe = v.exactOptional;
const Code = format(/^[a-z][a-z0-9_-]{0,63}$/, 'a short name in lowercase letters, digits, - and _', 64);
const whole = (min: number, max: number) => v.pipe(v.number(), v.safeInteger('must be a whole number'), v.minValue(min), v.maxValue(max));

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
const HttpUrl = v.pipe(format(/^https?:\/\/\S+$/, 'an http or https address', 4_096), v.check(isHttpUrl, 'must be an http or https address'));

const ANSWERS: readonly AssessmentAnswer[] = ['yes', 'no', 'unsure'];
const LEVELS: readonly RiskLevel[] = ['urgent', 'high', 'moderate', 'lower'];
const EVENT_KINDS: readonly CaseEvent['kind'][] = ['created', 'renamed', 'archived', 'unarchived', 'capture-moved-in', 'capture-moved-out', 'exported'];
const LINK_STATES: readonly LinkState[] = ['up', 'removed', 'changed', 'reappeared', 'unreachable'];
const REASONS: readonly LinkReason[] = [
  'ok',
  'changed',
  'not-found',
  'gone',
  'legal',
  'platform-unavailable',
  'page-says-missing',
  'redirected-home',
  'login-wall',
  'login-needed',
  'refused',
  'server-error',
  'unexpected-status',
  'timeout',
  'network',
  'no-access',
];
const oneOf = <T extends string>(values: readonly T[]) => v.picklist(values, `must be one of ${values.join(', ')}`);

const PlanStep = v.strictObject({ id: text(200), caseId: Id, stepId: Code, state: oneOf(['done', 'not-for-me'] as const), at: UtcTime });

const Assessment = v.strictObject({
  id: Id,
  caseId: Id,
  at: UtcTime,
  answers: v.pipe(
    v.record(Code, oneOf(ANSWERS)),
    v.check((answers) => Object.keys(answers).length <= 100, 'must hold at most 100 answers'),
  ),
  level: oneOf(LEVELS),
});

const Event = v.strictObject({
  id: Id,
  caseId: Id,
  at: UtcTime,
  kind: oneOf(EVENT_KINDS),
  from: maybe(text(500)),
  to: maybe(text(500)),
  captureId: maybe(Id),
  otherCaseId: maybe(Id),
  captureSeq: maybe(whole(1, Number.MAX_SAFE_INTEGER)),
  captureRecordHash: maybe(Sha256),
});

const Monitor = v.strictObject({
  id: Id,
  caseId: Id,
  url: HttpUrl,
  captureId: maybe(Id),
  addedAt: UtcTime,
  enabled: v.boolean(),
  everyHours: whole(1, 8_760),
  lastCheckedAt: maybe(UtcTime),
  lastState: maybe(oneOf(LINK_STATES)),
  memory: maybe(v.strictObject({ removed: v.boolean(), seenUp: v.boolean(), fingerprint: maybe(Sha256) })),
});

const LinkCheck = v.strictObject({
  id: Id,
  caseId: Id,
  monitorId: Id,
  url: HttpUrl,
  checkedAt: UtcTime,
  state: oneOf(LINK_STATES),
  httpStatus: maybe(whole(0, 999)),
  reason: maybe(oneOf(REASONS)),
  bodySha256: maybe(Sha256),
  fingerprint: maybe(Sha256),
  finalUrl: maybe(HttpUrl),
});

export const WorkspaceJsonSchema = v.strictObject({
  format: v.literal(WORKSPACE_JSON_FORMAT),
  // The platform copy never carries the workspace: the answers and the plan are the person's own.
  copy: v.literal('legal', 'must be "legal": only the legal copy carries the workspace'),
  planSteps: v.pipe(v.array(PlanStep), v.maxLength(1_000)),
  assessments: v.pipe(v.array(Assessment), v.maxLength(10_000)),
  caseEvents: v.pipe(v.array(Event), v.maxLength(200_000)),
  monitors: v.pipe(v.array(Monitor), v.maxLength(100_000)),
  linkChecks: v.pipe(v.array(LinkCheck), v.maxLength(1_000_000)),
});
