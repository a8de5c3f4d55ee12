import type { ResponseOf } from '../shared/messages';

const FILL_IT_YOURSELF = 'To fill it in, click the Preserve button on the form’s tab and choose “Fill in this form”.';

/** What the panel says after "Open the form": how many fields were filled, or why not and what to do. */
export function openResult(response: ResponseOf<'takedown.openForm'>): { ok: boolean; text: string } {
  const report = response.report;
  if (!report)
    return {
      ok: false,
      text: `The form is open${response.reason ? `, but ${lowerFirst(response.reason)}` : ', but it was not filled in.'} ${FILL_IT_YOURSELF}`,
    };
  const count = report.filled.length;
  if (count === 0) return { ok: false, text: `The form is open, but Preserve found no field it was sure of. ${FILL_IT_YOURSELF}` };
  const rest = report.unfilled.length ? ' Some details found no field: the Preserve panel on the form lists them to copy.' : '';
  return { ok: true, text: `Filled ${count} ${count === 1 ? 'field' : 'fields'}. Check them, then send the form yourself.${rest}` };
}

export function openFailed(error: Error): string {
  return `${error.message} ${FILL_IT_YOURSELF}`;
}

function lowerFirst(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  return `${trimmed.charAt(0).toLowerCase()}${trimmed.slice(1)}.`;
}
