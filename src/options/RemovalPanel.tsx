import { useEffect, useState } from 'preact/hooks';
import type { PlatformDetection } from '../shared/types';
import type { TakedownProfile } from '../shared/takedown-types';
import { planRoutes, type PlannedRoute } from '../takedowns/route-plan';
import { t } from '../shared/i18n';
import { RouteCard } from '../ui/RouteCard';
import { tParts } from '../ui/t-parts';
import type { OptionsApi } from './api';
import { defaultChoices, fillValuesFrom, localDate, type ShareChoices } from '../ui/fill-values';
import { openFailed, openResult } from './open-result';
import { SharePicker } from './SharePicker';

export interface RemovalTarget {
  caseId: string;
  /** Every address the request may cite; the first is the one the panel was opened for. */
  urls: string[];
  captureIds: string[];
  detection: PlatformDetection | null;
}

/** "Request removal": the routes in the order to try, and what the forms may be filled with. */
export function RemovalPanel({ api, target, under18 }: { api: OptionsApi; target: RemovalTarget; under18: boolean }) {
  const [profile, setProfile] = useState<TakedownProfile | null>(null);
  const [choices, setChoices] = useState<ShareChoices>(() => defaultChoices(null, target.urls.slice(0, 1)));
  useEffect(() => {
    void api
      .takedownProfile()
      .then((loaded) => {
        setProfile(loaded);
        setChoices(defaultChoices(loaded, target.urls.slice(0, 1)));
      })
      .catch(() => undefined);
  }, [target.urls.join(' ')]);

  const first = target.urls[0] ?? '';
  const host = hostOf(first);
  const heading = target.detection
    ? t('removal_panel_heading_platform', { platform: target.detection.platform.name })
    : host
      ? t('removal_panel_heading_host', { host })
      : t('removal_request_button');
  const plan = planRoutes({ platform: target.detection?.platform ?? null, kind: target.detection?.kind ?? 'other', under18, ...(host && { host }) }, t);
  return (
    <section class="removal" aria-labelledby="removal-heading" data-testid="removal-panel">
      <h3 id="removal-heading">{heading}</h3>
      <p class="muted small">
        {t('removal_panel_intro')}
        {!target.detection && ` ${t('removal_panel_find_contacts')}`}
      </p>
      <SharePicker profile={profile} choices={choices} allUrls={target.urls} onChange={setChoices} />
      <ol class="routes">
        {plan.map((route, i) => (
          <RouteCard key={`${route.step}-${i}`} route={route} position={i + 1}>
            <RouteAction api={api} route={route} target={target} values={() => fillValuesFrom(profile, choices, localDate(new Date()))} />
          </RouteCard>
        ))}
      </ol>
    </section>
  );
}

function RouteAction({
  api,
  route,
  target,
  values,
}: {
  api: OptionsApi;
  route: PlannedRoute;
  target: RemovalTarget;
  values: () => ReturnType<typeof fillValuesFrom>;
}) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  function open() {
    if (!route.url || busy) return;
    // First, inside the click: the browser asks for host access only during the person's gesture.
    const asked = api.askToFill(route.url);
    setBusy(true);
    setResult(null);
    void (async () => {
      await asked;
      try {
        setResult(openResult(await api.openForm({ caseId: target.caseId, captureIds: target.captureIds, route: route.ref, values: values() })));
      } catch (error) {
        setResult({ ok: false, text: openFailed(error as Error) });
      } finally {
        setBusy(false);
      }
    })();
  }

  switch (route.action) {
    case 'form':
      return (
        <div class="route-action">
          <button type="button" onClick={open} disabled={busy} aria-busy={busy}>
            {t('removal_open_form')}
          </button>
          {result && (
            <p role="status" class={result.ok ? 'ok small' : 'small'} data-testid="open-result">
              {result.text}
            </p>
          )}
        </div>
      );
    case 'email':
      return (
        <p class="route-action small">
          {tParts('removal_write_to', {
            email: <a href={`mailto:${route.email}`}>{route.email}</a>,
            letters: <a href={`#letters/${target.caseId}`}>{t('letters_title')}</a>,
          })}
        </p>
      );
    case 'letters':
      return (
        <p class="route-action">
          <a href={`#letters/${target.caseId}`}>{t('removal_write_letter')}</a>
        </p>
      );
    case 'link':
      return (
        <p class="route-action">
          <a href={route.url} target="_blank" rel="noopener noreferrer">
            {t('removal_open_page')}
          </a>
        </p>
      );
    default:
      return null;
  }
}

/** Whether the person shown was under 18 (the first-run answer): Take It Down then replaces StopNCII. */
export function useUnder18(api: OptionsApi): boolean {
  const [under18, setUnder18] = useState(false);
  useEffect(() => void api.settings().then((settings) => setUnder18(settings.ageOfPersonShown === 'under-18')), []);
  return under18;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
