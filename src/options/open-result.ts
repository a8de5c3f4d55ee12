import { t } from '../shared/i18n';
import type { ResponseOf } from '../shared/messages';

/** What the panel says after "Open the form": how many fields were filled, or why not and what to do. */
export function openResult(response: ResponseOf<'takedown.openForm'>): { ok: boolean; text: string } {
  const report = response.report;
  if (!report) {
    const why = response.reason ? t('removal_open_but', { reason: lowerFirst(response.reason) }) : t('removal_open_not_filled');
    return { ok: false, text: `${why} ${t('removal_fill_yourself')}` };
  }
  const count = report.filled.length;
  if (count === 0) return { ok: false, text: `${t('removal_open_no_field')} ${t('removal_fill_yourself')}` };
  const filled = t(count === 1 ? 'removal_filled_one' : 'removal_filled_many', { count });
  return { ok: true, text: report.unfilled.length ? `${filled} ${t('removal_open_some_unfilled')}` : filled };
}

export function openFailed(error: Error): string {
  return `${error.message} ${t('removal_fill_yourself')}`;
}

function lowerFirst(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  return `${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}.`;
}
