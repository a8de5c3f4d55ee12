import { escapeHtml } from '../shared/escape-html';
import type { CaptureRecord } from '../shared/types';
import type { ReportText } from './report-text';

/**
 * "Find my images on this page" (issue #12): which of the page's images matched the person's own.
 * Their images are named only as "one of your images": the file names they added may say who is
 * in them, and the bundle is made to be handed on. An imported bundle's record was checked only as
 * JSON, so every entry's shape is checked again here before it is written.
 */
export function matchedImagesSection(record: CaptureRecord, text: ReportText): string {
  const matched = Array.isArray(record.observed.matchedImages) ? record.observed.matchedImages : [];
  const rows = matched
    .filter((match) => typeof match?.src === 'string' && Number.isInteger(match.distance))
    .map(
      (match) =>
        `<li><code>${escapeHtml(match.src)}</code> · ${text('report_matched_one_of_yours')} · ${text('report_matched_distance', { distance: match.distance })}</li>`,
    );
  if (!rows.length) return '';
  // Starts with its own line break: a capture without matches keeps its report bytes (golden tests pin them).
  return `\n<h3>${text('report_matched_heading')}</h3>
<p class="small">${text('report_matched_explained')}</p>
<ul class="files">${rows.join('')}</ul>`;
}
