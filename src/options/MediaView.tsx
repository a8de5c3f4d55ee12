import { useState } from 'preact/hooks';
import { artifactFileName } from '../bundle/artifact-file-name';
import type { ArtifactRef, ObservedFacts } from '../shared/types';
import { useObjectUrl } from '../ui/use-object-url';
import { VeiledImage } from '../ui/VeiledImage';
import type { OptionsApi } from './api';
import { formatBytes } from './format';
import { saveArtifact } from './save-artifact';
import { type MessageKey, t } from '../shared/i18n';

const FETCHED: Record<NonNullable<ArtifactRef['fetchedVia']>, MessageKey> = {
  extension: 'evidence_detail_fetched_extension',
  page: 'evidence_detail_fetched_page',
  rendered: 'evidence_detail_fetched_rendered',
};

/** The page archive, saved on request: it can be tens of MB, so it is read only when asked for. */
export function ArchiveView({ api, archives }: { api: OptionsApi; archives: ArtifactRef[] }) {
  const [error, setError] = useState<string | null>(null);
  if (!archives.length) return null;
  return (
    <section aria-labelledby="archive-heading">
      <h3 id="archive-heading">{t('evidence_detail_archive_heading')}</h3>
      {archives.map((archive, position) => (
        <p key={archive.id} data-testid="archive">
          {archive.stored === false ? (
            <span class="muted">{t('evidence_detail_archive_not_kept')}</span>
          ) : (
            <button
              type="button"
              onClick={() => saveArtifact(api, archive, artifactFileName(archive, position + 1)).catch((failure: Error) => setError(failure.message))}
            >
              {t('evidence_detail_archive_save', { size: formatBytes(archive.size) })}
            </button>
          )}{' '}
          <span class="muted">{archive.kind === 'mhtml' ? t('evidence_detail_archive_opens_mhtml') : t('evidence_detail_archive_opens_html')}</span>
          {archive.note && <span class="muted"> {archive.note}</span>}
        </p>
      ))}
      {error && (
        <p class="error" role="alert">
          {t('evidence_detail_archive_failed', { reason: error })}
        </p>
      )}
    </section>
  );
}

function MediaImage({ api, item, label }: { api: OptionsApi; item: ArtifactRef; label: string }) {
  const src = useObjectUrl(() => api.artifact(item.id), [item.id]);
  return <VeiledImage src={src} alt={label} />;
}

/** A video is read and shown only when asked for, and never plays by itself. */
function MediaVideo({ api, item }: { api: OptionsApi; item: ArtifactRef }) {
  const [shown, setShown] = useState(false);
  const src = useObjectUrl(() => (shown ? api.artifact(item.id) : Promise.resolve(null)), [item.id, shown]);
  if (!shown)
    return (
      <button type="button" onClick={() => setShown(true)}>
        {t('evidence_detail_show_video')}
      </button>
    );
  if (!src) return <p class="muted">{t('common_loading')}</p>;
  // biome-ignore lint/a11y/useMediaCaption: a saved video is evidence as it was posted; there are no captions to add
  return <video src={src} controls preload="metadata" data-testid="media-video" />;
}

function MediaItem({ api, item, number }: { api: OptionsApi; item: ArtifactRef; number: number }) {
  const label = t(item.kind === 'frame' ? 'evidence_detail_media_frame' : 'evidence_detail_media_item', { number });
  const visual =
    item.stored === false ? (
      <p class="muted">{t('evidence_detail_media_not_kept')}</p>
    ) : item.mediaType.startsWith('image/') ? (
      <MediaImage api={api} item={item} label={label} />
    ) : item.mediaType.startsWith('video/') ? (
      <MediaVideo api={api} item={item} />
    ) : null;
  return (
    <li data-testid="media-item">
      <h4>{label}</h4>
      {visual}
      <dl class="facts">
        {item.sourceUrl && [<dt key="s">{t('evidence_detail_media_source')}</dt>, <dd key="sd">{item.sourceUrl}</dd>]}
        <dt>{t('evidence_detail_media_type_size')}</dt>
        <dd>{t('evidence_detail_media_type_size_value', { type: item.mediaType, size: formatBytes(item.size) })}</dd>
        {item.fetchedVia && [<dt key="f">{t('evidence_detail_media_how')}</dt>, <dd key="fd">{t(FETCHED[item.fetchedVia])}</dd>]}
        {item.note && [<dt key="n">{t('evidence_detail_media_note')}</dt>, <dd key="nd">{item.note}</dd>]}
      </dl>
    </li>
  );
}

/** The images and videos themselves (blurred, never autoplaying), then what was found but not saved. */
export function MediaView({ api, media, notes }: { api: OptionsApi; media: ArtifactRef[]; notes: ObservedFacts['mediaNotes'] }) {
  if (!media.length && !notes?.length) return null;
  return (
    <section aria-labelledby="media-heading">
      <h3 id="media-heading">{t('evidence_detail_media_heading')}</h3>
      <ol class="media-list">
        {media.map((item, index) => (
          <MediaItem key={item.id} api={api} item={item} number={index + 1} />
        ))}
      </ol>
      {notes && notes.length > 0 && (
        <>
          <h4>{t('evidence_detail_media_found_not_saved')}</h4>
          <ul data-testid="media-notes">
            {notes.map((note, index) => (
              <li key={index}>
                <span class="url">{note.sourceUrl}</span> — {note.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
