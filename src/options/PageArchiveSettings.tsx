import { useEffect, useState } from 'preact/hooks';
import type { OptionsApi } from './api';

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
    setMessage(on && now !== 'on' ? 'Page archives stay off: the browser was not given permission.' : '');
  }

  if (state === 'unknown') return null;
  return (
    <section class="setting" aria-labelledby="archives-heading">
      <h3 id="archives-heading">Page archives</h3>
      {state === 'unavailable' ? (
        <p class="muted">This browser cannot save page archives (MHTML). Captures keep their screenshots, facts and media.</p>
      ) : (
        <>
          <p class="muted">
            A page archive (MHTML) keeps the page itself beside each capture, as the browser held it, and opens in Chrome or Edge. The browser asks once for
            permission; its wording mentions all websites because it has no narrower form, but Preserve only archives the page you are capturing, at the moment
            you capture it.
          </p>
          <p data-testid="archives-state">{state === 'on' ? 'Page archives are on.' : 'Page archives are off.'}</p>
          <button type="button" onClick={() => void turn(state !== 'on')}>
            {state === 'on' ? 'Turn page archives off' : 'Turn page archives on'}
          </button>
          {message && <p role="status">{message}</p>}
        </>
      )}
    </section>
  );
}
