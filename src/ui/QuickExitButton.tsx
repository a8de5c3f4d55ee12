import { t } from '../shared/i18n';

/** Always one click away: leaves for a neutral page and closes every Preserve tab. */
export function QuickExitButton({ onExit }: { onExit: () => void }) {
  return (
    <button type="button" class="quick-exit" onClick={onExit} title={t('common_quick_exit_hint')}>
      {t('common_quick_exit')}
    </button>
  );
}
