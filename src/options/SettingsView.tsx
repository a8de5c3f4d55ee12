import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import type { OptionsApi } from './api';
import { AgeQuestion } from './AgeQuestion';
import { EncryptionSettings } from './EncryptionSettings';
import { PageArchiveSettings } from './PageArchiveSettings';
import { TakedownProfileForm } from './TakedownProfileForm';

export function SettingsView({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [exitUrl, setExitUrl] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(
    () =>
      void api.settings().then((loaded) => {
        setSettings(loaded);
        setExitUrl(loaded.quickExitUrl);
      }),
    [],
  );

  async function save(patch: Partial<Settings>) {
    try {
      const saved = await api.updateSettings(patch);
      setSettings(saved);
      setExitUrl(saved.quickExitUrl);
      setMessage({ ok: true, text: 'Saved.' });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  }

  if (!settings) return <p class="muted">Loading…</p>;
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <label class="setting">
        <input
          type="checkbox"
          checked={!settings.revealImagesByDefault}
          onChange={(event) => save({ revealImagesByDefault: !(event.target as HTMLInputElement).checked })}
        />
        Blur images until I choose to see them (recommended)
      </label>
      <label class="setting">
        <input
          type="checkbox"
          checked={settings.eraseExportsFromDownloadList}
          onChange={(event) => save({ eraseExportsFromDownloadList: (event.target as HTMLInputElement).checked })}
        />
        Remove exported bundles from the browser’s download list after saving (the file itself stays where it was saved)
      </label>
      <form
        class="setting"
        onSubmit={(event) => {
          event.preventDefault();
          void save({ quickExitUrl: exitUrl });
        }}
      >
        <label>
          Quick exit opens this page
          <input type="text" value={exitUrl} onInput={(event) => setExitUrl((event.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Save</button>
      </form>
      <p class="muted">Quick exit (the red button, or Alt+Shift+X) sends the current tab to that page and closes every Preserve tab.</p>
      <PageArchiveSettings api={api} />
      <EncryptionSettings api={api} />
      <TakedownProfileForm api={api} />
      <AgeQuestion settings={settings} onAnswer={(ageOfPersonShown) => save({ ageOfPersonShown })} />
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
