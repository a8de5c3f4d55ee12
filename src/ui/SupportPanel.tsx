import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';
import { SUPPORT_SERVICES } from '../shared/support-services';

/**
 * Helplines and services, one short line each (issue #11). Focus moves into the panel when it
 * opens and goes back to whatever opened it when it closes; Escape closes it from anywhere.
 */
export function SupportPanel({ onClose }: { onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, []);
  return (
    <section class="support-panel" aria-labelledby="support-heading" data-testid="support-panel">
      <h2 id="support-heading" tabIndex={-1} ref={heading}>
        {t('support_title')}
      </h2>
      <p class="muted">
        {t('support_intro')} {t('support_opens_new_tab')}
      </p>
      <ul class="support-list">
        {SUPPORT_SERVICES.map((service) => (
          <li key={service.id}>
            {service.url ? (
              <a href={service.url} target="_blank" rel="noreferrer">
                <strong>{t(service.name)}</strong>
              </a>
            ) : (
              <strong>{t(service.name)}</strong>
            )}{' '}
            <span>{t(service.line)}</span>
            {service.phone && (
              <>
                {' '}
                <a href={service.phone.dial} aria-label={t('support_call', { phone: service.phone.shown })}>
                  {service.phone.shown}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        {t('common_close')}
      </button>
    </section>
  );
}
