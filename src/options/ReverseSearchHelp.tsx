import { t } from '../shared/i18n';

const ENGINES = [
  { name: 'images_engine_google_lens', steps: 'images_upload_google_lens' },
  { name: 'images_engine_bing', steps: 'images_upload_bing' },
  { name: 'images_engine_tineye', steps: 'images_upload_tineye' },
  { name: 'images_engine_yandex', steps: 'images_upload_yandex' },
] as const;

/** For an image that is only on this device: how to search the web for it by hand, and what that shares. */
export function ReverseSearchHelp() {
  return (
    <section aria-labelledby="reverse-search-heading" data-testid="reverse-search-help">
      <h3 id="reverse-search-heading">{t('images_search_web_heading')}</h3>
      <p>{t('images_search_web_menu')}</p>
      <p>{t('images_search_web_upload_intro')}</p>
      <ul>
        {ENGINES.map((engine) => (
          <li key={engine.name}>
            <strong>{t(engine.name)}</strong>: {t(engine.steps)}
          </li>
        ))}
      </ul>
      <p class="muted">{t('images_search_web_privacy')}</p>
    </section>
  );
}
