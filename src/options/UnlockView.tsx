import { useState } from 'preact/hooks';
import type { OptionsApi } from './api';
import { t } from '../shared/i18n';

/** Shown instead of the evidence while Preserve is locked. Capture keeps working meanwhile. */
export function UnlockView({ api, onUnlocked }: { api: OptionsApi; onUnlocked: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function unlock(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      await api.unlock(passphrase);
      setPassphrase('');
      onUnlocked();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel unlock" aria-labelledby="unlock-heading">
      <h2 id="unlock-heading">{t('settings_unlock_heading')}</h2>
      <p class="muted">{t('settings_unlock_explained')}</p>
      <form onSubmit={unlock}>
        <label>
          {t('settings_passphrase')}
          <input
            type="password"
            autocomplete="current-password"
            value={passphrase}
            onInput={(event) => setPassphrase((event.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary" disabled={busy || !passphrase}>
          {busy ? t('settings_unlocking') : t('settings_unlock')}
        </button>
      </form>
      {error && (
        <p role="alert" class="error" data-testid="unlock-error">
          {error}
        </p>
      )}
    </section>
  );
}
