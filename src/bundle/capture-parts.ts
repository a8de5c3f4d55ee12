import type { ArtifactRef, PageCoverage } from '../shared/types';

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

const whole = (value: number) => Math.round(value).toLocaleString('en');

/**
 * One calm sentence on how much of the page the tiles cover, and why they stop when they do not
 * reach the end: a capture is never cut short without saying so.
 */
export function coverageSentence(coverage: PageCoverage): string {
  const what = coverage.mode === 'conversation' ? 'the conversation' : 'the page';
  const inside = coverage.scroller === 'element' ? ' (it scrolls inside part of the page)' : '';
  const tiles = `${coverage.tiles} ${coverage.tiles === 1 ? 'tile' : 'tiles'}`;
  if (coverage.complete) return `The whole of ${what}${inside} was photographed: ${whole(coverage.totalHeight)} pixels tall, in ${tiles}.`;
  const share = coverage.totalHeight > 0 ? ` (${Math.min(100, Math.floor((coverage.coveredHeight / coverage.totalHeight) * 100))}%)` : '';
  const why = coverage.stoppedBecause ? ` Capturing stopped because: ${coverage.stoppedBecause.replace(/[.\s]+$/, '')}.` : ' Capturing stopped before the end.';
  return `Part of ${what}${inside} was photographed: ${whole(coverage.coveredHeight)} of ${whole(coverage.totalHeight)} pixels${share}, in ${tiles}.${why}`;
}
