import type { CaptureJobProgress } from '../shared/messages';
import type { PageCoverage } from '../shared/types';
import { t } from '../shared/i18n';
import { formatCount } from '../ui/format-date';

/** What the popup says while a full-page capture runs. */
export function progressText(progress: CaptureJobProgress | null): string {
  if (!progress || progress.phase === 'starting') return t('popup_progress_ready');
  if (progress.phase === 'tiles')
    return progress.total ? t('popup_progress_tiles_of', { done: progress.done, total: progress.total }) : t('popup_progress_tiles', { done: progress.done });
  if (progress.phase === 'stitching') return t('popup_progress_stitching');
  return t('popup_saving');
}

/** One line after a full-page capture: whole, or which part and why. */
export function coverageText(coverage: PageCoverage): string {
  const screens = t(coverage.tiles === 1 ? 'popup_screens_one' : 'popup_screens_many', { count: coverage.tiles });
  if (coverage.complete) return t('popup_coverage_whole', { screens });
  const part = t('popup_pixels_of', { covered: formatCount(coverage.coveredHeight), total: formatCount(coverage.totalHeight) });
  if (coverage.stoppedBecause === 'cancelled') return t('popup_coverage_cancelled', { screens, part });
  return coverage.stoppedBecause
    ? t('popup_coverage_partial_why', { screens, part, reason: coverage.stoppedBecause })
    : t('popup_coverage_partial', { screens, part });
}
