import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaseRecord } from '../shared/types';
import { QuickExitButton } from '../ui/QuickExitButton';
import { SupportPanel } from '../ui/SupportPanel';
import { ActionPlanView } from './ActionPlanView';
import type { OptionsApi } from './api';
import { CaptureDetail } from './CaptureDetail';
import { CasesView } from './CasesView';
import { CaseView } from './CaseView';
import { ImportPanel } from './ImportPanel';
import { IncidentLogView } from './IncidentLogView';
import { LettersView } from './LettersView';
import { MyImagesView } from './MyImagesView';
import { PeopleView } from './PeopleView';
import { caseViewHash, type Route, routeFromHash } from './routes';
import { SettingsView } from './SettingsView';
import { ThreatAssessmentView } from './ThreatAssessmentView';
import { UnlockView } from './UnlockView';
import { WelcomeView } from './WelcomeView';

/** The case's views, in the order the action plan walks through them. */
function CaseNav({ route, caseId }: { route: Route; caseId: string }) {
  const links = [
    ['plan', t('plan_title')],
    ['case', t('evidence_title')],
    ['assessment', t('assessment_title')],
    ['log', t('incidents_title')],
    ['people', t('people_title')],
    ['letters', t('letters_title')],
  ] as const;
  return (
    <nav class="case-nav" aria-label={t('common_case_views')}>
      {links.map(([view, label]) => (
        <a key={view} href={caseViewHash(view, caseId)} aria-current={route.view === view ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [route, setRoute] = useState(() => routeFromHash(location.hash));
  const [cases, setCases] = useState<CaseRecord[] | null>(null);
  const [locked, setLocked] = useState<boolean | null>(null);
  const [supportOpen, setSupportOpen] = useState(false);
  const reloadCases = () => api.listCases().then(setCases);
  const checkLock = async () => {
    const status = await api.lockStatus();
    const isLocked = status.encryption !== 'off' && !status.unlocked;
    setLocked(isLocked);
    if (!isLocked) await reloadCases();
  };
  useEffect(() => {
    void checkLock();
    const onHashChange = () => setRoute(routeFromHash(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  const caseId = 'caseId' in route ? route.caseId : null;
  const current = cases ? (cases.find((c) => c.id === caseId) ?? cases.find((c) => c.isDefault) ?? cases[0]) : undefined;
  const inCase = locked === false && 'caseId' in route && current;
  const readOnly = Boolean(current?.imported);
  return (
    <div class="workspace">
      <header class="top">
        {/* First in Tab order so someone in a hurry reaches it with one key; the stylesheet keeps it at the right. */}
        <QuickExitButton onExit={() => api.quickExit()} />
        <h1>
          <a href="#case">Preserve</a>
        </h1>
        <p class="muted">{t('common_stored_here_only')}</p>
        <nav aria-label={t('common_main_nav')}>
          <a href="#cases">{t('cases_title')}</a> · <a href="#images">{t('images_title')}</a> · <a href="#settings">{t('settings_title')}</a>
        </nav>
        <button type="button" class="support-button" aria-expanded={supportOpen} onClick={() => setSupportOpen(!supportOpen)}>
          {t('support_button')}
        </button>
      </header>
      {supportOpen && <SupportPanel onClose={() => setSupportOpen(false)} />}
      {inCase && <CaseNav route={route} caseId={current.id} />}
      <main>
        {locked && route.view !== 'settings' && <UnlockView api={api} onUnlocked={() => void checkLock()} />}
        {locked === false && route.view === 'capture' && <CaptureDetail api={api} id={route.id} />}
        {inCase && route.view === 'letters' && <LettersView api={api} caseId={current.id} readOnly={readOnly} />}
        {inCase && route.view === 'plan' && <ActionPlanView key={current.id} api={api} caseRecord={current} readOnly={readOnly} />}
        {inCase && route.view === 'assessment' && <ThreatAssessmentView key={current.id} api={api} caseRecord={current} readOnly={readOnly} />}
        {inCase && route.view === 'log' && <IncidentLogView key={current.id} api={api} caseRecord={current} readOnly={readOnly} />}
        {inCase && route.view === 'people' && <PeopleView key={current.id} api={api} caseRecord={current} readOnly={readOnly} />}
        {locked === false && route.view === 'cases' && cases && <CasesView api={api} cases={cases} onCasesChanged={() => void reloadCases()} />}
        {locked === false && route.view === 'images' && <MyImagesView api={api} />}
        {route.view === 'settings' && <SettingsView api={api} />}
        {locked === false && route.view === 'welcome' && <WelcomeView api={api} />}
        {locked === false && route.view === 'case' && cases && !cases.length && (
          <>
            <p class="empty">{t('evidence_empty')}</p>
            <ImportPanel
              api={api}
              onImported={(importedId) => {
                void reloadCases();
                location.hash = caseViewHash('case', importedId);
              }}
            />
          </>
        )}
        {inCase && route.view === 'case' && <CaseView key={current.id} api={api} cases={cases!} current={current} onCasesChanged={reloadCases} />}
      </main>
    </div>
  );
}
