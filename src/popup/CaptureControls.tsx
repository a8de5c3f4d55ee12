import type { CaptureJobProgress } from '../shared/messages';
import { progressText } from './capture-progress-text';
import { t } from '../shared/i18n';

export type PopupCaptureMode = 'visible' | 'full';

/** "Visible part" is one photograph and instant; "Full page" scrolls and takes about half a second a screen. */
export function ModeChoice({ mode, disabled, onChange }: { mode: PopupCaptureMode; disabled: boolean; onChange(mode: PopupCaptureMode): void }) {
  return (
    <fieldset class="mode-choice" disabled={disabled}>
      <legend class="small muted">{t('popup_what_to_save')}</legend>
      <label>
        <input type="radio" name="mode" value="visible" checked={mode === 'visible'} onChange={() => onChange('visible')} /> {t('popup_mode_visible')}
      </label>
      <label>
        <input type="radio" name="mode" value="full" checked={mode === 'full'} onChange={() => onChange('full')} /> {t('popup_mode_full')}
      </label>
    </fieldset>
  );
}

export function CaptureRunning({ progress, cancelling, onCancel }: { progress: CaptureJobProgress | null; cancelling: boolean; onCancel(): void }) {
  return (
    <section class="capture-running" aria-live="polite">
      <p data-testid="capture-progress">{cancelling ? t('popup_stopping') : progressText(progress)}</p>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        {t('common_cancel')}
      </button>
    </section>
  );
}
