import { useEffect, useRef, useState } from 'preact/hooks';
import type { LockStatus } from '../shared/messages';
import type { OptionsApi } from './api';
import { t } from '../shared/i18n';
import { tParts } from '../ui/t-parts';

/** Turn on passphrase encryption, lock, change the passphrase, and choose the idle time. */
export function EncryptionSettings({ api }: { api: OptionsApi }) {
  const [status, setStatus] = useState<LockStatus | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // One request at a time: a double-click must not send a second "turn on" (the worker refuses
  // it too, but the person should not see an error for clicking twice).
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false); // set at once; `busy` only disables the buttons after the next render
  useEffect(() => void api.lockStatus().then(setStatus), []);

  async function run(action: () => Promise<LockStatus>, done: string) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      setStatus(await action());
      setMessage({ ok: true, text: done });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  if (!status) return null;
  return (
    <section class="panel encryption" aria-labelledby="encryption-heading">
      <h3 id="encryption-heading">{t('settings_encryption_heading')}</h3>
      {status.encryption === 'off' ? (
        <EnableForm busy={busy} onEnable={(passphrase) => run(() => api.enableEncryption(passphrase), t('settings_encryption_turned_on'))} />
      ) : (
        <>
          <p data-testid="encryption-status">
            {status.encryption === 'migrating' ? t('settings_encryption_migrating') : t('settings_encryption_on')}{' '}
            {status.unlocked ? t('settings_unlocked_now') : t('settings_locked')}
          </p>
          <button type="button" disabled={busy} onClick={() => run(() => api.lock(), t('settings_locked'))}>
            {t('settings_lock_now')}
          </button>
          <IdleForm busy={busy} minutes={status.idleMinutes} onSave={(minutes) => run(() => api.setIdleMinutes(minutes), t('common_saved'))} />
          {/* Changing needs the current passphrase, so it is offered only once it has been entered to unlock. */}
          {status.unlocked && (
            <ChangeForm busy={busy} onChange={(current, next) => run(() => api.changePassphrase(current, next), t('settings_passphrase_changed'))} />
          )}
        </>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'} data-testid="encryption-message">
          {message.text}
        </p>
      )}
    </section>
  );
}

function EnableForm({ busy, onEnable }: { busy: boolean; onEnable: (passphrase: string) => void }) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const mismatch = second !== '' && first !== second;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!mismatch) onEnable(first);
      }}
    >
      <p class="muted">{t('settings_encryption_explained')}</p>
      <label>
        {t('settings_new_passphrase')}{' '}
        <input type="password" autocomplete="new-password" value={first} onInput={(e) => setFirst((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('settings_type_again')}{' '}
        <input type="password" autocomplete="new-password" value={second} onInput={(e) => setSecond((e.target as HTMLInputElement).value)} />
      </label>
      {mismatch && <p class="error">{t('settings_passphrases_differ')}</p>}
      <button type="submit" class="primary" disabled={busy || !first || mismatch || first !== second}>
        {busy ? t('settings_turning_on') : t('settings_turn_on')}
      </button>
    </form>
  );
}

function IdleForm({ busy, minutes, onSave }: { busy: boolean; minutes: number; onSave: (minutes: number) => void }) {
  const [value, setValue] = useState(String(minutes));
  return (
    <form
      class="inline"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(Number(value));
      }}
    >
      <label for="idle-minutes">
        {tParts('settings_lock_after', {
          minutes: <input id="idle-minutes" type="number" min={1} max={1440} value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />,
        })}
      </label>
      <button type="submit" disabled={busy}>
        {t('common_save')}
      </button>
    </form>
  );
}

function ChangeForm({ busy, onChange }: { busy: boolean; onChange: (current: string, next: string) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onChange(current, next);
      }}
    >
      <label>
        {t('settings_current_passphrase')}{' '}
        <input type="password" autocomplete="current-password" value={current} onInput={(e) => setCurrent((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t('settings_new_passphrase')}{' '}
        <input type="password" autocomplete="new-password" value={next} onInput={(e) => setNext((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" disabled={busy || !current || !next}>
        {t('settings_change_passphrase')}
      </button>
    </form>
  );
}
