import { coverageSentence } from '../bundle/capture-parts';
import type { ArtifactRef, PageCoverage } from '../shared/types';
import { useObjectUrl } from '../ui/use-object-url';
import { VeiledImage } from '../ui/VeiledImage';
import type { OptionsApi } from './api';

function Segment({ api, segment, label }: { api: OptionsApi; segment: ArtifactRef; label: string }) {
  const src = useObjectUrl(() => api.artifact(segment.id), [segment.id]);
  return (
    <figure class="segment" data-testid="segment">
      <VeiledImage src={src} alt={label} />
      <figcaption class="muted">{label}</figcaption>
    </figure>
  );
}

/**
 * The stitched page, part by part, each blurred until revealed like the screenshot, and the one
 * line that says how much of the page the tiles cover. The raw tiles are listed with the
 * fingerprints, never drawn here: a long page has dozens.
 */
export function FullPageView({
  api,
  segments,
  tiles,
  coverage,
}: {
  api: OptionsApi;
  segments: ArtifactRef[];
  tiles: ArtifactRef[];
  coverage?: PageCoverage | undefined;
}) {
  if (!segments.length && !tiles.length && !coverage) return null;
  const kept = segments.filter((segment) => segment.stored !== false);
  const title = coverage?.mode === 'conversation' ? 'The conversation, photographed' : 'The full page';
  return (
    <section aria-labelledby="full-page-heading" class="full-page">
      <h3 id="full-page-heading">{title}</h3>
      {coverage && (
        <p class={coverage.complete ? 'coverage' : 'coverage incomplete'} data-testid="coverage">
          {coverageSentence(coverage)}
        </p>
      )}
      {kept.map((segment, position) => (
        <Segment key={segment.id} api={api} segment={segment} label={`Part ${position + 1} of ${kept.length}`} />
      ))}
      {!kept.length && tiles.length > 0 && (
        <p class="muted">
          {tiles.every((tile) => tile.stored === false)
            ? 'No images were kept (under-18 mode): only the fingerprints of the tiles, below.'
            : 'The tiles are kept; no full-page view was put together from them.'}
        </p>
      )}
      {tiles.length > 0 && (
        <p class="muted">
          Photographed in {tiles.length} {tiles.length === 1 ? 'tile' : 'tiles'}, one screenful each; they are the evidence, and their fingerprints are listed
          below.
        </p>
      )}
    </section>
  );
}
