import { coverageSentence } from '../bundle/capture-parts';
import type { ArtifactRef, PageCoverage } from '../shared/types';
import { useObjectUrl } from '../ui/use-object-url';
import { VeiledImage } from '../ui/VeiledImage';
import type { OptionsApi } from './api';
import { t } from '../shared/i18n';

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
  const title = coverage?.mode === 'conversation' ? t('evidence_detail_conversation_photographed') : t('evidence_detail_full_page');
  return (
    <section aria-labelledby="full-page-heading" class="full-page">
      <h3 id="full-page-heading">{title}</h3>
      {coverage && (
        <p class={coverage.complete ? 'coverage' : 'coverage incomplete'} data-testid="coverage">
          {coverageSentence(coverage)}
        </p>
      )}
      {kept.map((segment, position) => (
        <Segment key={segment.id} api={api} segment={segment} label={t('evidence_detail_part_of', { number: position + 1, total: kept.length })} />
      ))}
      {!kept.length && tiles.length > 0 && (
        <p class="muted">{tiles.every((tile) => tile.stored === false) ? t('evidence_detail_tiles_not_kept') : t('evidence_detail_tiles_no_view')}</p>
      )}
      {tiles.length > 0 && (
        <p class="muted">{t(tiles.length === 1 ? 'evidence_detail_photographed_one' : 'evidence_detail_photographed_many', { count: tiles.length })}</p>
      )}
    </section>
  );
}
