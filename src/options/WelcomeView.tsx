import { useEffect, useState } from 'preact/hooks';
import type { AgeAnswer, Settings } from '../shared/settings';
import type { OptionsApi } from './api';
import { AgeQuestion } from './AgeQuestion';

/** First run: what Preserve does, where things are kept, and the one question that matters. */
export function WelcomeView({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void api.settings().then(setSettings), []);
  const answer = async (ageOfPersonShown: AgeAnswer) => setSettings(await api.updateSettings({ ageOfPersonShown }));
  return (
    <section class="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to Preserve</h2>
      <p>
        When you find a post you need to keep, click the Preserve button in the toolbar and choose <strong>Save evidence</strong>
        (or press Alt+Shift+S). Preserve records the address, the time and a screenshot, with fingerprints that show nothing was changed. Everything stays on
        this device until you export it.
      </p>
      <p>
        If you need to leave quickly, the red <strong>Quick exit</strong> button (or Alt+Shift+X) takes you to a neutral page.
      </p>
      {settings && <AgeQuestion settings={settings} onAnswer={answer} />}
      <p>
        On a shared computer, you can protect Preserve with a passphrase in <a href="#settings">Settings</a>: everything it stores is then encrypted, and saving
        new evidence still takes one click.
      </p>
      <p>
        <a href="#evidence">Go to my evidence</a>
      </p>
    </section>
  );
}
