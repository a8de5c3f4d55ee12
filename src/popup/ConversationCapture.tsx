import { useEffect, useState } from 'preact/hooks';
import type { ConversationRange } from '../shared/conversation';
import { t } from '../shared/i18n';
import type { CaptureJobProgress, CaptureSummary, PageDescription } from '../shared/messages';
import type { PopupApi } from './api';

type Choice = 'last-50' | 'last-200' | 'since' | 'loaded';

const RANGES: Record<Exclude<Choice, 'since'>, ConversationRange> = {
  'last-50': { kind: 'last', count: 50 },
  'last-200': { kind: 'last', count: 200 },
  loaded: { kind: 'loaded', limit: 1_000 },
};

/**
 * "Capture conversation", offered only on a chat view Preserve can read. It scrolls the
 * conversation back and saves each screen and the messages as text; it never types, clicks a
 * message or focuses the message box, so the other person is not told.
 */
export function ConversationCapture({
  api,
  tabId,
  page,
  onSaved,
}: {
  api: PopupApi;
  tabId: number;
  page: PageDescription;
  onSaved(capture: CaptureSummary): void;
}) {
  const [choice, setChoice] = useState<Choice>('last-50');
  const [date, setDate] = useState('');
  const [job, setJob] = useState<string | null>(null);
  const [progress, setProgress] = useState<CaptureJobProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!job) return;
    const timer = setInterval(
      () =>
        void api.captureProgress(job).then(
          (update) => update && setProgress(update),
          () => undefined,
        ),
      250,
    );
    return () => clearInterval(timer);
  }, [job]);

  if (!page.chat || !page.capturable) return null;
  const range: ConversationRange | null = choice === 'since' ? (date ? { kind: 'since', date } : null) : RANGES[choice];

  async function start() {
    if (!range) return;
    const jobId = crypto.randomUUID();
    setFailure(null);
    setCancelling(false);
    setProgress(null);
    setJob(jobId);
    try {
      onSaved(await api.captureConversation(tabId, range, jobId));
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setJob(null);
    }
  }

  return (
    <section class="conversation" aria-label={t('popup_capture_conversation')}>
      <h2 class="small">{t('popup_conversation_heading', { name: page.chat.name })}</h2>
      <fieldset disabled={job !== null}>
        <legend class="small muted">{t('popup_how_far_back')}</legend>
        <select aria-label={t('popup_how_far_back')} value={choice} onChange={(event) => setChoice((event.target as HTMLSelectElement).value as Choice)}>
          <option value="last-50">{t('popup_range_last', { count: 50 })}</option>
          <option value="last-200">{t('popup_range_last', { count: 200 })}</option>
          <option value="since">{t('popup_range_since')}</option>
          <option value="loaded">{t('popup_range_loaded')}</option>
        </select>
        {choice === 'since' && (
          <input type="date" aria-label={t('popup_range_date')} value={date} onInput={(event) => setDate((event.target as HTMLInputElement).value)} />
        )}
      </fieldset>
      {job === null ? (
        <button type="button" class="conversation-start" disabled={!range} onClick={() => void start()}>
          {t('popup_capture_conversation')}
        </button>
      ) : (
        <div aria-live="polite">
          <p data-testid="conversation-progress">{cancelling ? t('popup_stopping') : progressWords(progress)}</p>
          <button
            type="button"
            disabled={cancelling}
            onClick={() => {
              setCancelling(true);
              void api.cancelCapture(job).catch(() => undefined);
            }}
          >
            {t('common_cancel')}
          </button>
        </div>
      )}
      <p class="muted small">{t('popup_conversation_only_scrolls')}</p>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}

function progressWords(progress: CaptureJobProgress | null): string {
  if (progress?.phase === 'conversation') {
    const { done, total } = progress;
    return total ? t('popup_scrolling_back_of', { done, total }) : t('popup_scrolling_back', { done });
  }
  return t(progress?.phase === 'saving' ? 'popup_saving' : 'popup_progress_ready');
}
