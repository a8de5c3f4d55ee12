import { describeCapture } from '../capture/describe-capture';
import type { CaptureRecord } from '../shared/types';
import { t } from '../shared/i18n';

export { formatDateTime } from '../ui/format-date';

export function captureLabel(capture: CaptureRecord): string {
  return describeCapture(capture.claimed?.platform ?? null, capture.claimed?.post ?? null) ?? (capture.observed.tabTitle || capture.observed.tabUrl);
}

export function formatBytes(size: number): string {
  if (size < 1024) return t('common_bytes', { size });
  if (size < 1024 ** 2) return t('common_kilobytes', { size: (size / 1024).toFixed(1) });
  return t('common_megabytes', { size: (size / 1024 ** 2).toFixed(1) });
}

/** What a capture holds beyond its screenshot, in a few words for the list ("full page, archive, 2 media"); read from the record alone, no file is opened. */
export function captureContents(capture: CaptureRecord): string {
  const count = (kind: string) => capture.artifacts.filter((artifact) => artifact.kind === kind).length;
  const media = count('media') + count('frame');
  const coverage = capture.observed.coverage;
  return [
    coverage?.mode === 'full' || count('fullpage') ? `full page${coverage && !coverage.complete ? ' (partial)' : ''}` : '',
    count('thread') || coverage?.mode === 'conversation' ? `conversation${coverage?.mode === 'conversation' && !coverage.complete ? ' (partial)' : ''}` : '',
    count('mhtml') + count('html') ? 'page archive' : '',
    media ? `${media} media` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
