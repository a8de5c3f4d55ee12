import { useEffect, useState } from 'preact/hooks';
import { PDQ_MIN_QUALITY } from '../matching/match-index';
import { t } from '../shared/i18n';
import type { MyImageRecord } from '../shared/matching-types';
import type { CaseRecord } from '../shared/types';
import { formatDateTime } from '../ui/format-date';
import type { OptionsApi } from './api';
import { ReverseSearchHelp } from './ReverseSearchHelp';

type Status =
  | { state: 'idle' }
  | { state: 'adding'; name: string }
  | { state: 'added'; count: number }
  | { state: 'failed'; message: string }
  | { state: 'exported'; fileName: string };

/** The person's own images, kept as hashes: added here, matched by "Find my images on this page" (issue #12). */
export function MyImagesView({ api, readOnly = false }: { api: OptionsApi; caseRecord?: CaseRecord; readOnly?: boolean }) {
  const [images, setImages] = useState<MyImageRecord[] | null>(null);
  const [under18, setUnder18] = useState(false);
  const [keepImage, setKeepImage] = useState(false);
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  const reload = () => api.myImages().then(setImages, (error: Error) => setStatus({ state: 'failed', message: error.message }));
  useEffect(() => {
    void reload();
    void api.settings().then(
      (settings) => setUnder18(settings.ageOfPersonShown === 'under-18'),
      () => undefined,
    );
  }, []);

  async function add(files: File[]) {
    let count = 0;
    try {
      for (const file of files) {
        setStatus({ state: 'adding', name: file.name });
        await api.addMyImage(file, keepImage && !under18);
        count++;
      }
      setStatus({ state: 'added', count });
    } catch (error) {
      setStatus({ state: 'failed', message: t('images_add_failed', { reason: (error as Error).message }) });
    }
    await reload();
  }

  async function remove(image: MyImageRecord) {
    try {
      await api.deleteMyImage(image.id);
    } catch (error) {
      setStatus({ state: 'failed', message: (error as Error).message });
    }
    await reload();
  }

  return (
    <section aria-labelledby="view-heading" class="my-images">
      <h2 id="view-heading">{t('images_title')}</h2>
      <p class="muted">{t('images_intro')}</p>
      {!readOnly && (
        <div class="add-images">
          <label>
            {t('images_add_label')}
            <input
              type="file"
              name="add-images"
              accept="image/*,video/*"
              multiple
              disabled={status.state === 'adding'}
              onChange={(event) => {
                const input = event.currentTarget;
                const files = [...(input.files ?? [])];
                input.value = '';
                if (files.length) void add(files);
              }}
            />
          </label>
          {under18 ? (
            <p class="muted small" data-testid="hashes-only-note">
              {t('images_under18_hashes_only')}
            </p>
          ) : (
            <div>
              <label>
                <input type="checkbox" checked={keepImage} onChange={(event) => setKeepImage(event.currentTarget.checked)} /> {t('images_keep_label')}
              </label>
              <p class="muted small">{t('images_keep_explained')}</p>
            </div>
          )}
        </div>
      )}
      <StatusLine status={status} />
      {images && images.length === 0 && <p class="muted">{t('images_none_yet')}</p>}
      {images && images.length > 0 && (
        <>
          <h3>{t('images_list_heading', { count: images.length })}</h3>
          <ul class="my-image-list">
            {images.map((image) => (
              <ImageRow key={image.id} image={image} readOnly={readOnly} onDelete={() => void remove(image)} />
            ))}
          </ul>
          <button
            type="button"
            onClick={() =>
              void api.exportMyImageHashes(images).then(
                (fileName) => setStatus({ state: 'exported', fileName }),
                (error: Error) => setStatus({ state: 'failed', message: error.message }),
              )
            }
          >
            {t('images_export_hashes')}
          </button>
          <p class="muted small">{t('images_export_explained')}</p>
        </>
      )}
      <ReverseSearchHelp />
    </section>
  );
}

function StatusLine({ status }: { status: Status }) {
  if (status.state === 'idle') return null;
  if (status.state === 'failed')
    return (
      <p class="error" role="alert">
        {status.message}
      </p>
    );
  const text =
    status.state === 'adding'
      ? t('images_adding', { name: status.name })
      : status.state === 'added'
        ? t('images_added', { count: status.count })
        : t('images_exported', { name: status.fileName });
  return (
    <p role="status" data-testid="images-status">
      {text}
    </p>
  );
}

function ImageRow({ image, readOnly, onDelete }: { image: MyImageRecord; readOnly: boolean; onDelete: () => void }) {
  const best = Math.max(0, ...image.pdq.map((frame) => frame.quality));
  return (
    <li data-testid="my-image">
      <p>
        <strong>{image.label || t('images_unnamed')}</strong> · {t(image.kind === 'video' ? 'images_kind_video' : 'images_kind_image')} ·{' '}
        {t('images_added_on', { date: formatDateTime(image.addedAt) })}
      </p>
      <p class="small">
        {t('images_quality', { quality: best })}
        {image.keptImage ? ` · ${t('images_image_kept')}` : ` · ${t('images_hashes_only')}`}
      </p>
      {best < PDQ_MIN_QUALITY && (
        <p class="small" data-testid="low-quality">
          {t('images_low_quality')}
        </p>
      )}
      {!readOnly && (
        <button type="button" onClick={onDelete} aria-label={t('images_delete_named', { name: image.label || t('images_unnamed') })}>
          {t('images_delete')}
        </button>
      )}
    </li>
  );
}
