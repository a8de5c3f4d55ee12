import { useEffect, useState } from 'preact/hooks';
import { detectPlatform } from '../platforms/index';
import { t } from '../shared/i18n';
import type { LinkCheckRecord, MonitorRecord } from '../shared/matching-types';
import type { CaseRecord } from '../shared/types';
import { CHECK_INTERVALS, originsToAsk } from '../takedowns/link-state';
import { REASON_KEYS, STATE_KEYS } from '../takedowns/link-words';
import { planRoutes } from '../takedowns/route-plan';
import type { OptionsApi } from './api';
import { formatDateTime } from './format';
import type { MonitorState } from './monitor-api';
import { useUnder18 } from './RemovalPanel';

const INTERVAL_KEYS = { 6: 'monitor_every_6', 12: 'monitor_every_12', 24: 'monitor_every_24', 168: 'monitor_every_168' } as const;
const GOOGLE_ALERTS = 'https://www.google.com/alerts';
const RESULTS_ABOUT_YOU = 'https://myactivity.google.com/results-about-you';

/** Watching the case's captured links for removal and reappearance (issue #12), off until the person turns it on. */
export function MonitorPanel({ api, caseRecord, readOnly }: { api: OptionsApi; caseRecord: CaseRecord; readOnly: boolean }) {
  const [state, setState] = useState<MonitorState | null>(null);
  // Read after the evidence list has what it needs: until then the controls wait, the watched links do not.
  const [urls, setUrls] = useState<string[] | null>(null);
  const [encrypted, setEncrypted] = useState(false);
  const [busy, setBusy] = useState<'configure' | 'check' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const reload = async () => {
    try {
      setState(await api.monitorState(caseRecord.id));
    } catch (failure) {
      setMessage((failure as Error).message);
    }
  };
  useEffect(() => {
    void reload();
    let current = true;
    setUrls(null);
    void api.watchableLinks(caseRecord.id).then(
      (found) => current && setUrls(found),
      (failure: Error) => current && setMessage(failure.message),
    );
    void api
      .lockStatus()
      .then((status) => setEncrypted(status.encryption !== 'off'))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [caseRecord.id]);

  const enabled = !!state?.monitors.some((monitor) => monitor.enabled);
  const everyHours = state?.monitors[0]?.everyHours ?? 24;

  async function configure(on: boolean, hours: number) {
    setMessage(null);
    // First, inside the click: the browser asks for access only during the person's gesture.
    if (on && !enabled && !(await api.askToWatch(urls ?? []))) {
      setMessage(t('monitor_refused'));
      return;
    }
    setBusy('configure');
    try {
      await api.configureMonitor({ caseId: caseRecord.id, enabled: on, everyHours: hours });
      await reload();
    } catch (failure) {
      setMessage((failure as Error).message);
    } finally {
      setBusy(null);
    }
  }

  async function checkNow() {
    setMessage(null);
    setBusy('check');
    try {
      const checks = await api.checkLinksNow(caseRecord.id);
      setMessage(t('monitor_checked', { count: checks.length }));
      await reload();
    } catch (failure) {
      setMessage((failure as Error).message);
    } finally {
      setBusy(null);
    }
  }

  const sites = originsToAsk(urls ?? []).map((origin) => origin.replace(/^https:\/\/|\/\*$/g, ''));
  return (
    <section class="monitor" aria-labelledby="monitor-heading" data-testid="monitor-panel">
      <h2 id="monitor-heading">{t('monitor_title')}</h2>
      <p class="muted">{t('monitor_intro')}</p>
      {readOnly && <p class="muted small">{t('monitor_read_only')}</p>}
      {state && urls && !urls.length && !state.monitors.length && <p class="muted small">{t('monitor_no_links')}</p>}
      {!readOnly && state && urls && urls.length > 0 && (
        <div class="monitor-controls">
          <p class="small">{t('monitor_what_is_sent')}</p>
          <label>
            <input
              type="checkbox"
              checked={enabled}
              disabled={busy !== null}
              onChange={(event) => void configure((event.target as HTMLInputElement).checked, everyHours)}
            />{' '}
            {t('monitor_toggle')}
          </label>
          {!enabled && sites.length > 0 && <p class="muted small">{t('monitor_asking', { sites: sites.join(', ') })}</p>}
          {enabled && (
            <>
              <label>
                {t('monitor_how_often')}{' '}
                <select
                  value={String(everyHours)}
                  disabled={busy !== null}
                  onChange={(event) => void configure(true, Number((event.target as HTMLSelectElement).value))}
                >
                  {CHECK_INTERVALS.map((hours) => (
                    <option key={hours} value={String(hours)}>
                      {t(INTERVAL_KEYS[hours])}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <button type="button" onClick={() => void checkNow()} disabled={busy !== null}>
                {t('monitor_check_now')}
              </button>
            </>
          )}
          {!enabled && <p class="muted small">{t('monitor_off_note')}</p>}
        </div>
      )}
      {encrypted && <p class="muted small">{t('monitor_locked_note')}</p>}
      {busy === 'check' && (
        <p class="small" role="status">
          {t('monitor_checking', { seconds: 10 })}
        </p>
      )}
      {message && (
        <p class="small" role="status" data-testid="monitor-message">
          {message}
        </p>
      )}
      {state && state.monitors.length > 0 && (
        <ul class="monitored-list">
          {state.monitors.map((monitor) => (
            <MonitoredLink
              key={monitor.id}
              api={api}
              monitor={monitor}
              checks={state.checks.filter((check) => check.monitorId === monitor.id)}
              readOnly={readOnly}
            />
          ))}
        </ul>
      )}
      <SearchAlerts />
    </section>
  );
}

function MonitoredLink({ api, monitor, checks, readOnly }: { api: OptionsApi; monitor: MonitorRecord; checks: LinkCheckRecord[]; readOnly: boolean }) {
  const last = checks[checks.length - 1];
  return (
    <li data-testid="monitored-link" data-state={last?.state ?? ''}>
      <p class="url">{monitor.url}</p>
      <p>
        <strong>{last ? t(STATE_KEYS[last.state]) : t('monitor_not_checked')}</strong>
        {last && <span class="muted"> · {t('monitor_last_checked', { when: formatDateTime(last.checkedAt) })}</span>}
      </p>
      {last?.reason && last.state !== 'up' && <p class="small">{t(REASON_KEYS[last.reason])}</p>}
      {last?.state === 'reappeared' && !readOnly && <Reappeared api={api} url={monitor.url} />}
      {checks.length > 0 && (
        <details>
          <summary class="small">{t('monitor_history', { count: checks.length })}</summary>
          <ol class="history small">
            {checks.map((check) => (
              <li key={check.id}>{t('monitor_history_row', { when: formatDateTime(check.checkedAt), state: t(STATE_KEYS[check.state]) })}</li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

/** Back online: save it again as new evidence, and the next route to ask for removal. */
function Reappeared({ api, url }: { api: OptionsApi; url: string }) {
  const under18 = useUnder18(api);
  const detection = detectPlatform(url);
  let host: string | undefined;
  try {
    host = new URL(url).host;
  } catch {
    host = undefined;
  }
  const next = planRoutes({ platform: detection?.platform ?? null, kind: detection?.kind ?? 'other', under18, ...(host && { host }) }, t)[0];
  return (
    <div class="reappeared" data-testid="reappeared-actions">
      <p>
        <a href={url} target="_blank" rel="noopener noreferrer" class="button">
          {t('monitor_save_again')}
        </a>{' '}
        <span class="muted small">{t('monitor_save_again_hint')}</span>
      </p>
      {next && (
        <p class="small">
          {t('monitor_next_route', { route: next.label })}
          {next.url && (
            <>
              {' '}
              <a href={next.url} target="_blank" rel="noopener noreferrer">
                {t('monitor_next_route_open', { route: next.label })}
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}

function SearchAlerts() {
  return (
    <details class="search-alerts">
      <summary>{t('monitor_alerts_title')}</summary>
      <p>
        {t('monitor_alerts_google')}{' '}
        <a href={GOOGLE_ALERTS} target="_blank" rel="noopener noreferrer">
          {t('monitor_alerts_google_link')}
        </a>
      </p>
      <p>
        {t('monitor_alerts_results')}{' '}
        <a href={RESULTS_ABOUT_YOU} target="_blank" rel="noopener noreferrer">
          {t('monitor_alerts_results_link')}
        </a>
      </p>
      <p>{t('monitor_alerts_trusted')}</p>
    </details>
  );
}
