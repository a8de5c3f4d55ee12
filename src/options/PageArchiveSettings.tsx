import { useEffect, useState } from 'preact/hooks';
import type { OptionsApi } from './api';
import { t } from '../shared/i18n';

/**
 * Page archives (MHTML) need Chrome's pageCapture permission, which warns of access to every
 * website because it has no per-tab form. So it is asked for here, at the person's click, and not
 * at install; until then each capture says no archive was saved.
 */
export function PageArchiveSettings({ api }: { api: Pick<OptionsApi, 'pageArchives'> }) {
  const [state, setState] = useState<'unknown' | 'on' | 'off' | 'unavailable'>('unknown');
  const [message, setMessage] = useState('');
  useEffect(() => void api.pageArchives.state().then(setState), []);

  async function turn(on: boolean) {
    const now = await (on ? api.pageArchives.turnOn() : api.pageArchives.turnOff());
    setState(now);
    setMessage(on && now !== 'on' ? t('settings_archives_refused') : '');
  }

  if (state === 'unknown') return null;
  return (
    <section class="setting" aria-labelledby="archives-heading">
      <h3 id="archives-heading">{t('settings_archives_heading')}</h3>
      {state === 'unavailable' ? (
        // Only Firefox's build lacks pageCapture; there the HTML snapshot is the archive, always on.
        <p class="muted" data-testid="archives-firefox">
          {t('settings_firefox_snapshot_explained')}
        </p>
      ) : (
        <>
          <p class="muted">{t('settings_archives_explained')}</p>
          <p data-testid="archives-state">{state === 'on' ? t('settings_archives_on') : t('settings_archives_off')}</p>
          <button type="button" onClick={() => void turn(state !== 'on')}>
            {state === 'on' ? t('settings_archives_turn_off') : t('settings_archives_turn_on')}
          </button>
          {message && <p role="status">{message}</p>}
        </>
      )}
    </section>
  );
}
