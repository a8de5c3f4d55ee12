import type { ArtifactRef, PageCoverage } from '../shared/types';
import { type ReportText, reportText, wholeNumber } from './report-text';

/** A capture's artifacts by what they are, each list in page order; shared by the report and the options page. */
export interface CaptureParts {
  screenshot?: ArtifactRef;
  tiles: ArtifactRef[];
  segments: ArtifactRef[];
  archives: ArtifactRef[];
  /** The media itself and the frames standing in for videos that could not be saved whole. */
  media: ArtifactRef[];
  threads: ArtifactRef[];
  others: ArtifactRef[];
}

const byIndex = (a: ArtifactRef, b: ArtifactRef) => (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER);

export function captureParts(artifacts: readonly ArtifactRef[]): CaptureParts {
  const parts: CaptureParts = { tiles: [], segments: [], archives: [], media: [], threads: [], others: [] };
  for (const artifact of artifacts) {
    if (artifact.kind === 'screenshot' && !parts.screenshot) parts.screenshot = artifact;
    else if (artifact.kind === 'tile') parts.tiles.push(artifact);
    else if (artifact.kind === 'fullpage') parts.segments.push(artifact);
    else if (artifact.kind === 'mhtml' || artifact.kind === 'html') parts.archives.push(artifact);
    else if (artifact.kind === 'media' || artifact.kind === 'frame') parts.media.push(artifact);
    else if (artifact.kind === 'thread') parts.threads.push(artifact);
    else parts.others.push(artifact);
  }
  // Array.prototype.sort is stable: artifacts without an index keep their record order.
  parts.tiles.sort(byIndex);
  parts.segments.sort(byIndex);
  return parts;
}

/**
 * One calm sentence on how much of the page the tiles cover, and why they stop when they do not
 * reach the end: a capture is never cut short without saying so. The options page passes its own
 * language's text; the report passes the bundle's.
 */
export function coverageSentence(coverage: PageCoverage, text: ReportText = reportText()): string {
  const conversation = coverage.mode === 'conversation';
  const inside = coverage.scroller === 'element' ? ` ${text('report_coverage_inside')}` : '';
  const tiles = text(coverage.tiles === 1 ? 'report_coverage_tile' : 'report_coverage_tiles', { count: coverage.tiles });
  if (coverage.complete) {
    const key = conversation ? 'report_coverage_complete_conversation' : 'report_coverage_complete_page';
    return text(key, { inside, height: wholeNumber(text, coverage.totalHeight), tiles });
  }
  const share = coverage.totalHeight > 0 ? ` (${Math.min(100, Math.floor((coverage.coveredHeight / coverage.totalHeight) * 100))}%)` : '';
  const why = coverage.stoppedBecause
    ? text('report_coverage_stopped_because', { reason: coverage.stoppedBecause.replace(/[.\s]+$/, '') })
    : text('report_coverage_stopped_early');
  const key = conversation ? 'report_coverage_part_conversation' : 'report_coverage_part_page';
  return `${text(key, { inside, covered: wholeNumber(text, coverage.coveredHeight), total: wholeNumber(text, coverage.totalHeight), share, tiles })} ${why}`;
}
