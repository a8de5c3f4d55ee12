import { useEffect, useState } from 'preact/hooks';
import type { CaseRecord } from '../shared/types';
import type { OptionsApi } from './api';
import { CaptureDetail } from './CaptureDetail';
import { CaseView } from './CaseView';
import { ImportPanel } from './ImportPanel';
import { LettersView } from './LettersView';
import { SettingsView } from './SettingsView';
import { UnlockView } from './UnlockView';
import { WelcomeView } from './WelcomeView';
import { QuickExitButton } from '../ui/QuickExitButton';

type Route =
  | { view: 'case'; caseId: string | null }
  | { view: 'letters'; caseId: string }
  | { view: 'capture'; id: string }
  | { view: 'settings' }
  | { view: 'welcome' };

function routeFromHash(): Route {
  if (location.hash === '#settings') return { view: 'settings' };
  if (location.hash === '#welcome') return { view: 'welcome' };
  const capture = /^#capture\/([\w-]+)$/.exec(location.hash);
  if (capture?.[1]) return { view: 'capture', id: capture[1] };
  const letters = /^#letters\/([\w-]+)$/.exec(location.hash);
  if (letters?.[1]) return { view: 'letters', caseId: letters[1] };
  const caseMatch = /^#case\/([\w-]+)$/.exec(location.hash);
  return { view: 'case', caseId: caseMatch?.[1] ?? null };
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [route, setRoute] = useState(routeFromHash);
  const [cases, setCases] = useState<CaseRecord[] | null>(null);
  const [locked, setLocked] = useState<boolean | null>(null);
  const reloadCases = () => api.listCases().then(setCases);
  const checkLock = async () => {
    const status = await api.lockStatus();
    const isLocked = status.encryption !== 'off' && !status.unlocked;
    setLocked(isLocked);
    if (!isLocked) await reloadCases();
  };
  useEffect(() => {
    void checkLock();
    const onHashChange = () => setRoute(routeFromHash());
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  const current = route.view === 'case' && cases ? (cases.find((c) => c.id === route.caseId) ?? cases.find((c) => c.isDefault) ?? cases[0]) : undefined;
  return (
    <div class="workspace">
      <header class="top">
        <h1>
          <a href="#evidence">Preserve</a>
        </h1>
        <p class="muted">Everything here is stored only on this device.</p>
        <nav>
          <a href="#evidence">Evidence</a> · <a href="#settings">Settings</a>
        </nav>
        <QuickExitButton onExit={() => api.quickExit()} />
      </header>
      <main>
        {locked && route.view !== 'settings' && <UnlockView api={api} onUnlocked={() => void checkLock()} />}
        {locked === false && route.view === 'capture' && <CaptureDetail api={api} id={route.id} />}
        {locked === false && route.view === 'letters' && <LettersView api={api} caseId={route.caseId} />}
        {route.view === 'settings' && <SettingsView api={api} />}
        {locked === false && route.view === 'welcome' && <WelcomeView api={api} />}
        {locked === false && route.view === 'case' && cases && !cases.length && (
          <>
            <p class="empty">No captures yet. On a page you want to keep, click the Preserve button and choose “Save evidence”.</p>
            <ImportPanel
              api={api}
              onImported={(caseId) => {
                void reloadCases();
                location.hash = `#case/${caseId}`;
              }}
            />
          </>
        )}
        {locked === false && route.view === 'case' && current && (
          <CaseView key={current.id} api={api} cases={cases!} current={current} onCasesChanged={reloadCases} />
        )}
      </main>
    </div>
  );
}
