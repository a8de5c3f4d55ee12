import { useEffect, useState } from 'preact/hooks';
import type { BackupStatus } from '../db/backup-status';
import type { CaptureJobProgress, CaptureSummary, PageDescription } from '../shared/messages';
import { QuickExitButton } from '../ui/QuickExitButton';
import { SupportPanel } from '../ui/SupportPanel';
import { useObjectUrl } from '../ui/use-object-url';
import { VeiledImage } from '../ui/VeiledImage';
import type { PopupApi } from './api';
import { ConversationCapture } from './ConversationCapture';
import { LazyRequests } from './LazyRequests';
import { FindMyImages } from './FindMyImages';
import { CaptureRunning, ModeChoice, type PopupCaptureMode } from './CaptureControls';
import { coverageText } from './capture-progress-text';
import { t } from '../shared/i18n';
import { formatDateTime } from '../ui/format-date';
import { tParts } from '../ui/t-parts';

type State =
  | { step: 'looking' }
  | { step: 'ready'; tabId: number; page: PageDescription }
  | { step: 'saving'; tabId: number; page: PageDescription; jobId: string; mode: PopupCaptureMode }
  | { step: 'saved'; tabId: number; page: PageDescription; capture: CaptureSummary }
  | { step: 'failed'; tabId: number | null; page: PageDescription | null; message: string };

export function PopupApp({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ step: 'looking' });
  const [chosenMode, setMode] = useState<PopupCaptureMode | null>(null);
  const [progress, setProgress] = useState<CaptureJobProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [supportOpen, setSupportOpen] = useState(false);
  // A detected post is saved whole by default: the guides ask for the whole page, uncropped.
  const mode: PopupCaptureMode = chosenMode ?? ('page' in state && state.page?.detection?.kind === 'post' ? 'full' : 'visible');

  useEffect(() => {
    if (state.step !== 'saving' || state.mode !== 'full') return;
    const timer = setInterval(
      () =>
        void api.captureProgress(state.jobId).then(
          (update) => update && setProgress(update),
          () => undefined,
        ),
      250,
    );
    return () => clearInterval(timer);
  }, [state.step === 'saving' ? state.jobId : null]);

  useEffect(() => {
    (async () => {
      const tabId = await api.activeTabId();
      if (tabId === null) return setState({ step: 'failed', tabId, page: null, message: t('popup_no_tab') });
      setState({ step: 'ready', tabId, page: await api.describePage(tabId) });
    })().catch((error: Error) => setState({ step: 'failed', tabId: null, page: null, message: error.message }));
  }, []);

  async function save(tabId: number, page: PageDescription) {
    const jobId = crypto.randomUUID();
    setProgress(null);
    setCancelling(false);
    setState({ step: 'saving', tabId, page, jobId, mode });
    try {
      setState({ step: 'saved', tabId, page, capture: await api.capture(tabId, mode, jobId) });
    } catch (error) {
      setState({ step: 'failed', tabId, page, message: (error as Error).message });
    }
  }

  return (
    <main class="popup">
      <header>
        <h1>Preserve</h1>
        <button type="button" class="link" onClick={() => api.openEvidence()}>
          {t('popup_my_evidence')}
        </button>
        <button type="button" class="link" aria-expanded={supportOpen} onClick={() => setSupportOpen(!supportOpen)}>
          {t('support_button')}
        </button>
        <QuickExitButton onExit={() => api.quickExit()} />
      </header>
      {supportOpen && <SupportPanel onClose={() => setSupportOpen(false)} />}
      {state.step === 'looking' && <p class="muted">{t('popup_looking')}</p>}
      {'page' in state && state.page && <PageCard page={state.page} />}
      {(state.step === 'ready' || state.step === 'saving') && state.page.capturable && (
        <ModeChoice mode={mode} disabled={state.step === 'saving'} onChange={setMode} />
      )}
      {(state.step === 'ready' || state.step === 'saving') && (
        <SaveButton disabled={!state.page.capturable || state.step === 'saving'} busy={state.step === 'saving'} onClick={() => save(state.tabId, state.page)} />
      )}
      {state.step === 'saving' && state.mode === 'full' && (
        <CaptureRunning
          progress={progress}
          cancelling={cancelling}
          onCancel={() => {
            setCancelling(true);
            void api.cancelCapture(state.jobId).catch(() => undefined);
          }}
        />
      )}
      {state.step === 'ready' && !state.page.capturable && (
        <p class="error" role="alert">
          {state.page.reason}
        </p>
      )}
      {state.step === 'saved' && <Saved capture={state.capture} api={api} />}
      {state.step === 'ready' && (
        <ConversationCapture api={api} tabId={state.tabId} page={state.page} onSaved={(capture) => setState({ ...state, step: 'saved', capture })} />
      )}
      {(state.step === 'ready' || state.step === 'saved') && <LazyRequests api={api} tabId={state.tabId} page={state.page} />}
      {state.step === 'ready' && state.page.capturable && <FindMyImages api={api} tabId={state.tabId} />}
      {state.step === 'failed' && (
        <div role="alert">
          <p class="error">{state.message}</p>
          {state.tabId !== null && state.page?.capturable && (
            <button type="button" onClick={() => save(state.tabId!, state.page!)}>
              {t('common_try_again')}
            </button>
          )}
        </div>
      )}
    </main>
  );
}

function PageCard({ page }: { page: PageDescription }) {
  return (
    <section class="page-card" aria-label={t('popup_this_page')}>
      {page.label && (
        <p class="label" data-testid="page-label">
          {page.label}
        </p>
      )}
      <p class="title">{page.title || t('popup_untitled')}</p>
      <p class="url muted">{page.url}</p>
    </section>
  );
}

function SaveButton({ disabled, busy, onClick }: { disabled: boolean; busy: boolean; onClick: () => void }) {
  return (
    <button type="button" class="primary save" disabled={disabled} onClick={onClick} aria-busy={busy}>
      {busy ? t('popup_saving') : t('popup_save_evidence')}
    </button>
  );
}

function Saved({ capture, api }: { capture: CaptureSummary; api: PopupApi }) {
  const src = useObjectUrl(async () => (capture.screenshotStored ? api.screenshot(capture.screenshotArtifactId) : null), [capture.screenshotArtifactId]);
  const [backup, setBackup] = useState<BackupStatus | null>(null);
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    void api
      .backupStatus()
      .then(setBackup)
      .catch(() => undefined);
    void api
      .lockStatus()
      .then((status) => setLocked(status.encryption !== 'off' && !status.unlocked))
      .catch(() => undefined);
  }, [capture.captureId]);
  return (
    <section class="saved" aria-live="polite">
      <p class="ok" data-testid="saved-message">
        {tParts('popup_saved_at', { time: <time dateTime={capture.capturedAt}>{formatDateTime(capture.capturedAt)}</time> })}
      </p>
      <p class="muted small">{t('popup_utc_and_zone', { utc: capture.capturedAt, zone: capture.timeZone })}</p>
      {capture.coverage && (
        <p class="small" data-testid="coverage">
          {coverageText(capture.coverage)}
        </p>
      )}
      {capture.screenshotStored && locked ? (
        <p class="muted small" data-testid="locked-note">
          {t('popup_locked_note')}
        </p>
      ) : capture.screenshotStored ? (
        <VeiledImage src={src} alt={t('popup_screenshot_alt')} />
      ) : (
        <p class="muted small" data-testid="no-image-kept">
          {t('popup_no_image_kept')}
        </p>
      )}
      <p class="hash small" title={t('popup_record_hash_title')}>
        {capture.recordHash}
      </p>
      <button type="button" onClick={() => api.openEvidence(capture.captureId)}>
        {t('popup_see_capture')}
      </button>
      {backup?.remind && (
        <p class="small reminder" data-testid="backup-reminder">
          {t(backup.capturesSinceExport === 1 ? 'popup_backup_reminder_one' : 'popup_backup_reminder_many', { count: backup.capturesSinceExport })}
        </p>
      )}
    </section>
  );
}
