import { CATALOGUES, type MessageKey } from '../locales';
import { escapeHtml } from '../shared/escape-html';
import type { LinkState } from '../shared/matching-types';
import type { RiskLevel } from '../shared/workspace-types';
import type { ReportText } from './report-text';
import type { WorkspaceJson } from './types';

const LEVEL: Record<RiskLevel, MessageKey> = {
  urgent: 'assessment_level_urgent',
  high: 'assessment_level_high',
  moderate: 'assessment_level_moderate',
  lower: 'assessment_level_lower',
};

const STATE: Record<LinkState, MessageKey> = {
  up: 'monitor_state_up',
  removed: 'monitor_state_removed',
  changed: 'monitor_state_changed',
  reappeared: 'monitor_state_reappeared',
  unreachable: 'monitor_state_unreachable',
};

/** The newest checks of each link; the rest are in workspace.json, so a link checked for a year does not fill the binder. */
const CHECKS_SHOWN = 10;

const time = (iso: string) => `<time>${escapeHtml(iso)}</time>`;

/** A step's title from the catalogue; a step this version does not know is shown by its id. */
function stepTitle(stepId: string, text: ReportText): string {
  const key = `plan_step_${stepId.replace(/-/g, '_')}_title`;
  return Object.hasOwn(CATALOGUES.en, key) ? text(key as MessageKey) : `<code>${escapeHtml(stepId)}</code>`;
}

function planPart(json: WorkspaceJson, text: ReportText): string {
  const done = json.planSteps.filter((step) => step.state === 'done');
  const aside = json.planSteps.filter((step) => step.state === 'not-for-me');
  const list = (steps: typeof done) => `<ul>${steps.map((step) => `<li>${stepTitle(step.stepId, text)} · ${time(step.at)}</li>`).join('')}</ul>`;
  return `<h3>${text('plan_title')}</h3><p>${text('report_plan_progress', { done: done.length, aside: aside.length })}</p>${
    done.length ? `<h4>${text('plan_mark_done')}</h4>${list(done)}` : ''
  }${aside.length ? `<h4>${text('plan_not_for_me')}</h4>${list(aside)}` : ''}`;
}

function assessmentPart(json: WorkspaceJson, text: ReportText): string {
  if (!json.assessments.length) return '';
  return `<h3>${text('assessment_title')}</h3><ul>${json.assessments.map((row) => `<li>${time(row.at)} · ${text(LEVEL[row.level])}</li>`).join('')}</ul>`;
}

function linksPart(json: WorkspaceJson, text: ReportText): string {
  if (!json.monitors.length) return '';
  const links = json.monitors.map((monitor) => {
    const checks = json.linkChecks.filter((check) => check.monitorId === monitor.id);
    const shown = checks.slice(-CHECKS_SHOWN);
    const earlier = checks.length - shown.length;
    const rows = shown.map((check) => `<li>${time(check.checkedAt)} · ${text(STATE[check.state])}</li>`).join('');
    return `<li><code>${escapeHtml(monitor.url)}</code>${
      shown.length ? `<ul>${rows}</ul>` : `<p>${text('report_no_entries')}</p>`
    }${earlier ? `<p class="small">${text('report_links_earlier', { count: earlier })}</p>` : ''}</li>`;
  });
  return `<h3>${text('monitor_title')}</h3><ul>${links.join('')}</ul>`;
}

/**
 * The action plan's progress, each threat assessment with its date and level (not the answers,
 * which stay in workspace.json), and each watched link with its latest checks. Legal copy only;
 * absent when the case had nothing in its workspace. Everything from the bundle is escaped.
 */
export function workspaceSection(json: WorkspaceJson | null, text: ReportText): string {
  if (!json) return '';
  return `<section class="log-section" id="workspace"><h2>${text('report_workspace_title')}</h2>${planPart(json, text)}${assessmentPart(json, text)}${linksPart(json, text)}</section>`;
}
