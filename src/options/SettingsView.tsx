import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import type { OptionsApi } from './api';
import { AgeQuestion } from './AgeQuestion';
import { EncryptionSettings } from './EncryptionSettings';
import { PageArchiveSettings } from './PageArchiveSettings';
import { ShortcutSettings } from './ShortcutSettings';
import { TakedownProfileForm } from './TakedownProfileForm';
import { t } from '../shared/i18n';

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
      setMessage({ ok: true, text: t('common_saved') });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  }

  if (!settings) return <p class="muted">{t('common_loading')}</p>;
  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings_title')}</h2>
      <label class="setting">
        <input
          type="checkbox"
          checked={!settings.revealImagesByDefault}
          onChange={(event) => save({ revealImagesByDefault: !(event.target as HTMLInputElement).checked })}
        />
        {t('settings_blur_images')}
      </label>
      <label class="setting">
        <input
          type="checkbox"
          checked={settings.eraseExportsFromDownloadList}
          onChange={(event) => save({ eraseExportsFromDownloadList: (event.target as HTMLInputElement).checked })}
        />
        {t('settings_erase_exports')}
      </label>
      <form
        class="setting"
        onSubmit={(event) => {
          event.preventDefault();
          void save({ quickExitUrl: exitUrl });
        }}
      >
        <label>
          {t('settings_quick_exit_page')}
          <input type="text" value={exitUrl} onInput={(event) => setExitUrl((event.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('common_save')}</button>
      </form>
      <p class="muted">{t('settings_quick_exit_explained')}</p>
      <PageArchiveSettings api={api} />
      <ShortcutSettings />
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
