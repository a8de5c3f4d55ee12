import { useEffect, useRef, useState } from 'preact/hooks';
import type { LockStatus } from '../shared/messages';
import type { OptionsApi } from './api';

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
      <h3 id="encryption-heading">Passphrase and encryption</h3>
      {status.encryption === 'off' ? (
        <EnableForm
          busy={busy}
          onEnable={(passphrase) => run(() => api.enableEncryption(passphrase), 'Encryption is on. Everything stored is now encrypted.')}
        />
      ) : (
        <>
          <p data-testid="encryption-status">
            {status.encryption === 'migrating' ? 'Encrypting what was stored before… ' : 'Everything Preserve stores is encrypted. '}
            {status.unlocked ? 'Unlocked now.' : 'Locked.'}
          </p>
          <button type="button" disabled={busy} onClick={() => run(() => api.lock(), 'Locked.')}>
            Lock now
          </button>
          <IdleForm busy={busy} minutes={status.idleMinutes} onSave={(minutes) => run(() => api.setIdleMinutes(minutes), 'Saved.')} />
          {/* Changing needs the current passphrase, so it is offered only once it has been entered to unlock. */}
          {status.unlocked && (
            <ChangeForm busy={busy} onChange={(current, next) => run(() => api.changePassphrase(current, next), 'The passphrase was changed.')} />
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
      <p class="muted">
        With a passphrase, everything Preserve stores is encrypted, and seeing, exporting or importing evidence needs it. Saving new evidence never does. If the
        passphrase is forgotten, the evidence cannot be recovered: keep an exported bundle somewhere safe.
      </p>
      <label>
        New passphrase <input type="password" autocomplete="new-password" value={first} onInput={(e) => setFirst((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        Type it again <input type="password" autocomplete="new-password" value={second} onInput={(e) => setSecond((e.target as HTMLInputElement).value)} />
      </label>
      {mismatch && <p class="error">The two passphrases are different.</p>}
      <button type="submit" class="primary" disabled={busy || !first || mismatch || first !== second}>
        {busy ? 'Turning on encryption…' : 'Turn on encryption'}
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
      <label>
        Lock after <input type="number" min={1} max={1440} value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} /> minutes without use
      </label>
      <button type="submit" disabled={busy}>
        Save
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
        Current passphrase{' '}
        <input type="password" autocomplete="current-password" value={current} onInput={(e) => setCurrent((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        New passphrase <input type="password" autocomplete="new-password" value={next} onInput={(e) => setNext((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" disabled={busy || !current || !next}>
        Change passphrase
      </button>
    </form>
  );
}
