import { useEffect, useState } from 'preact/hooks';
import type { AgeAnswer, Settings } from '../shared/settings';
import type { OptionsApi } from './api';
import { AgeQuestion } from './AgeQuestion';
import { t } from '../shared/i18n';
import { tParts } from '../ui/t-parts';

/** First run: what Preserve does, where things are kept, and the one question that matters. */
export function WelcomeView({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void api.settings().then(setSettings), []);
  const answer = async (ageOfPersonShown: AgeAnswer) => setSettings(await api.updateSettings({ ageOfPersonShown }));
  return (
    <section class="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('welcome_heading')}</h2>
      <p>{tParts('welcome_how_to_save', { saveEvidence: <strong>{t('welcome_save_evidence')}</strong> })}</p>
      <p>{tParts('welcome_quick_exit', { quickExit: <strong>{t('common_quick_exit')}</strong> })}</p>
      {settings && <AgeQuestion settings={settings} onAnswer={answer} />}
      <p>{tParts('welcome_passphrase', { settings: <a href="#settings">{t('welcome_settings_link')}</a> })}</p>
      <p>
        <a href="#evidence">{t('welcome_go_to_evidence')}</a>
      </p>
    </section>
  );
}
