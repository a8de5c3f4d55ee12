import { t } from '../shared/i18n';
import type { OptionsApi } from './api';

/** Stub: the person's own images, kept as hashes (issue #12). */
export function MyImagesView({ api: _api }: { api: OptionsApi }) {
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading">{t('images_title')}</h2>
    </section>
  );
}
