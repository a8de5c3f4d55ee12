import type { CaptureJobProgress } from '../shared/messages';
import { progressText } from './capture-progress-text';

export type PopupCaptureMode = 'visible' | 'full';

/** "Visible part" is one photograph and instant; "Full page" scrolls and takes about half a second a screen. */
export function ModeChoice({ mode, disabled, onChange }: { mode: PopupCaptureMode; disabled: boolean; onChange(mode: PopupCaptureMode): void }) {
  return (
    <fieldset class="mode-choice" disabled={disabled}>
      <legend class="small muted">What to save</legend>
      <label>
        <input type="radio" name="mode" value="visible" checked={mode === 'visible'} onChange={() => onChange('visible')} /> Visible part
      </label>
      <label>
        <input type="radio" name="mode" value="full" checked={mode === 'full'} onChange={() => onChange('full')} /> Full page
      </label>
    </fieldset>
  );
}

export function CaptureRunning({ progress, cancelling, onCancel }: { progress: CaptureJobProgress | null; cancelling: boolean; onCancel(): void }) {
  return (
    <section class="capture-running" aria-live="polite">
      <p data-testid="capture-progress">{cancelling ? 'Stopping… what was taken is kept.' : progressText(progress)}</p>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        Cancel
      </button>
    </section>
  );
}
