import { t } from '../shared/i18n';

/** Stub: helplines and services, one click from every view (issue #11). */
export function SupportPanel({ onClose }: { onClose: () => void }) {
  return (
    <section class="support-panel" aria-labelledby="support-heading">
      <h2 id="support-heading">{t('support_title')}</h2>
      <button type="button" onClick={onClose}>
        {t('common_close')}
      </button>
    </section>
  );
}
