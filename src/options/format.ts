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
  const fullPage = coverage && !coverage.complete ? 'takedowns_contents_full_page_partial' : 'takedowns_contents_full_page';
  const conversation = coverage?.mode === 'conversation' && !coverage.complete ? 'takedowns_contents_conversation_partial' : 'takedowns_contents_conversation';
  return [
    coverage?.mode === 'full' || count('fullpage') ? t(fullPage) : '',
    count('thread') || coverage?.mode === 'conversation' ? t(conversation) : '',
    count('mhtml') + count('html') ? t('takedowns_contents_archive') : '',
    media ? t('takedowns_contents_media', { count: media }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}
