import type { CaptureJobProgress } from '../shared/messages';
import type { PageCoverage } from '../shared/types';

/** What the popup says while a full-page capture runs. */
export function progressText(progress: CaptureJobProgress | null): string {
  if (!progress || progress.phase === 'starting') return 'Getting ready…';
  if (progress.phase === 'tiles') return progress.total ? `Photographing ${progress.done} of ${progress.total}…` : `Photographing ${progress.done}…`;
  if (progress.phase === 'stitching') return 'Putting the page together…';
  return 'Saving…';
}

/** One line after a full-page capture: whole, or which part and why. */
export function coverageText(coverage: PageCoverage): string {
  const screens = `${coverage.tiles} ${coverage.tiles === 1 ? 'screen' : 'screens'}`;
  if (coverage.complete) return `The whole page was saved: ${screens}.`;
  const part = `${coverage.coveredHeight.toLocaleString()} of ${coverage.totalHeight.toLocaleString()} pixels`;
  if (coverage.stoppedBecause === 'cancelled') return `You stopped it, so part of the page was saved: ${screens}, ${part}. What was taken is kept.`;
  return `Part of the page was saved: ${screens}, ${part}. ${coverage.stoppedBecause ?? ''}`.trim();
}
