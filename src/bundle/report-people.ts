import type { MessageKey } from '../locales';
import { escapeHtml } from '../shared/escape-html';
import type { PersonAccount, PersonRecord } from '../shared/workspace-types';
import type { ReportText } from './report-text';
import type { PeopleJson } from './types';

/** Everything here was typed by the person or read from a page: every value is escaped. */
function accountRows(account: PersonAccount, text: ReportText, platformName: (id: string) => string | undefined): string {
  const row = (label: MessageKey, value: string) => `<tr><th>${text(label)}</th><td>${value}</td></tr>`;
  const rows = [row('people_report_platform', escapeHtml(platformName(account.platform) ?? account.platform))];
  if (account.handle) rows.push(row('people_report_handle', `<code>${escapeHtml(account.handle)}</code>`));
  if (account.stableId) rows.push(row('people_report_stable_id', `<code>${escapeHtml(account.stableId)}</code>`));
  if (account.formerHandles?.length)
    rows.push(row('people_report_former', account.formerHandles.map((handle) => `<code>${escapeHtml(handle)}</code>`).join(', ')));
  if (account.urls.length) rows.push(row('people_report_addresses', account.urls.map((url) => `<code>${escapeHtml(url)}</code>`).join('<br>')));
  return `<table class="facts">${rows.join('')}</table>`;
}

function captureLinks(person: PersonRecord, numbers: ReadonlyMap<string, number>, text: ReportText): string {
  const linked = person.captureIds.flatMap((id) => numbers.get(id) ?? []);
  return linked.length ? `<p>${text('people_report_captures')}: ${linked.map((n) => `<a href="#capture-${n}">${n}</a>`).join(', ')}</p>` : '';
}

/**
 * "People" in report.html: the accounts involved with their handles, ids and addresses; the
 * people affected and the allies by name only (the legal copy; the platform copy has neither).
 * Absent from the report when the case records no one.
 */
export function peopleSection(
  json: PeopleJson | null,
  captureNumbers: ReadonlyMap<string, number>,
  text: ReportText,
  platformName: (id: string) => string | undefined,
): string {
  if (!json) return '';
  const byRole = (role: PersonRecord['role']) => json.people.filter((person) => person.role === role);
  const accounts = byRole('perpetrator').map((person) => {
    const name = person.name ? `<h4>${escapeHtml(person.name)}</h4>` : '';
    return `<div class="person">${name}${person.accounts.map((account) => accountRows(account, text, platformName)).join('')}${captureLinks(person, captureNumbers, text)}</div>`;
  });
  const names = (role: 'affected' | 'ally', title: MessageKey) => {
    const members = byRole(role).filter((person) => person.name);
    return `<h3>${text(title)}</h3>${members.length ? `<ul>${members.map((person) => `<li>${escapeHtml(person.name)}</li>`).join('')}</ul>` : `<p>${text('people_report_none')}</p>`}`;
  };
  const platformNote = json.copy === 'platform' ? `<p class="small">${text('people_report_platform_copy')}</p>` : '';
  return `<section class="log-section" id="people"><h2>${text('people_report_title')}</h2>${platformNote}
<h3>${text('people_report_accounts')}</h3>${accounts.length ? accounts.join('\n') : `<p>${text('people_report_none')}</p>`}
${json.copy === 'legal' ? `${names('affected', 'people_report_affected')}\n${names('ally', 'people_report_allies')}` : ''}</section>`;
}
