import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { CaptureRecord, CaseRecord } from '../shared/types';
import type { OptionsApi } from './api';

/**
 * "Move to another case": recorded as an event in both cases; the capture, its chain and its files
 * are never rewritten. Not offered for imported cases, which are read-only.
 */
export function MoveCapture({ api, capture }: { api: OptionsApi; capture: CaptureRecord }) {
  const [cases, setCases] = useState<CaseRecord[] | null>(null);
  const [here, setHere] = useState<string | null>(null);
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // An async function, so that any failure, even a synchronous one, only leaves this panel out: a
  // throw inside an effect would stop every later effect on the page, the evidence included.
  useEffect(() => {
    void (async () => {
      const [all, current] = await Promise.all([api.listCases(), api.caseOfCapture(capture)]);
      setCases(all);
      setHere(current);
    })().catch(() => setCases(null));
  }, [capture.id]);
  if (!cases || here === null) return null;
  const currentCase = cases.find((c) => c.id === here);
  if (currentCase?.imported) return null;
  const targets = cases.filter((c) => c.id !== here && !c.imported);
  const chosen = targets.find((c) => c.id === target) ?? targets[0];

  async function move() {
    if (!chosen) return;
    setBusy(true);
    setMessage(null);
    try {
      await api.moveCapture(capture.id, chosen.id);
      setHere(chosen.id);
      setMessage({ text: t('cases_move_done', { name: chosen.title }), failed: false });
    } catch (failure) {
      setMessage({ text: t('cases_failed', { message: (failure as Error).message }), failed: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel move-capture" aria-labelledby="move-capture-heading">
      <h3 id="move-capture-heading">{t('cases_move_heading')}</h3>
      {targets.length === 0 ? (
        <p class="muted">{t('cases_move_none')}</p>
      ) : (
        <p>
          <label>
            {t('cases_move_label')}{' '}
            <select name="move-to" value={chosen?.id} onChange={(event) => setTarget(event.currentTarget.value)}>
              {targets.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.archivedAt ? t('cases_option_archived', { name: c.title }) : c.title}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" disabled={busy} onClick={() => void move()}>
            {t('cases_move_button')}
          </button>
        </p>
      )}
      {message && (
        <p role={message.failed ? 'alert' : 'status'} class={message.failed ? 'error' : 'ok'} data-testid="move-result">
          {message.text}
        </p>
      )}
    </section>
  );
}
