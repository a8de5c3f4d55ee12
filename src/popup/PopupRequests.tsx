import { useState } from 'preact/hooks';
import { platforms } from '../platforms/index';
import type { FoundContact } from '../shared/found-contacts';
import { t } from '../shared/i18n';
import type { PageDescription } from '../shared/messages';
import { formPageAt } from '../takedowns/form-page';
import { planRoutes } from '../takedowns/route-plan';
import { RouteCard } from '../ui/RouteCard';
import type { PopupApi } from './api';

/**
 * The popup's removal-request part, loaded after the popup has painted so "Save evidence" never
 * waits for the route data: on a known form, "Fill in this form" and "I sent it"; on a post,
 * profile or media page, the routes in order; on a site Preserve does not know, its contacts.
 */
export function PopupRequests({ api, tabId, page }: { api: PopupApi; tabId: number; page: PageDescription }) {
  const form = formPageAt(page.url, platforms, page.detection?.kind);
  if (form) return <FormTools api={api} tabId={tabId} platformId={form.ref.platformId} route={form.ref} />;
  if (!page.capturable) return null;
  return <RoutesDisclosure api={api} tabId={tabId} page={page} />;
}

function FormTools({
  api,
  tabId,
  platformId,
  route,
}: {
  api: PopupApi;
  tabId: number;
  platformId: string | null;
  route: Parameters<PopupApi['fill']>[0]['route'];
}) {
  const [busy, setBusy] = useState(false);
  const [reference, setReference] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function fill() {
    setBusy(true);
    setMessage(null);
    try {
      let report: Awaited<ReturnType<PopupApi['fill']>>;
      try {
        // The values the person chose in "Request removal" are kept for this tab; use them first.
        report = await api.fill({ tabId });
      } catch (error) {
        if ((error as { code?: string }).code !== 'nothing-to-fill') throw error;
        const context = await api.fillContext(platformId);
        if (!context) throw error;
        report = await api.fill({ tabId, ...context, ...(route && { route }) });
      }
      const count = report.filled.length;
      setMessage(
        count ? { ok: true, text: t(count === 1 ? 'removal_filled_one' : 'removal_filled_many', { count }) } : { ok: false, text: t('popup_fill_no_field') },
      );
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function sent(event: Event) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const { request } = await api.sent(tabId, reference.trim() || undefined);
      setMessage({
        ok: true,
        text: request.reference ? t('popup_sent_recorded_reference', { reference: request.reference }) : t('popup_sent_recorded'),
      });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="requests" aria-label={t('popup_removal_request')}>
      <p class="small muted">{t('popup_looks_like_form')}</p>
      <button type="button" onClick={fill} disabled={busy}>
        {t('popup_fill_form')}
      </button>
      <form onSubmit={sent} class="sent-form">
        <label class="small">
          {t('popup_reference_number')}
          <input type="text" value={reference} onInput={(event) => setReference((event.target as HTMLInputElement).value)} data-testid="sent-reference" />
        </label>
        <button type="submit" disabled={busy}>
          {t('popup_i_sent_it')}
        </button>
      </form>
      {message && (
        <p role="status" class={message.ok ? 'ok small' : 'small'} data-testid="request-message">
          {message.text}
        </p>
      )}
    </section>
  );
}

function RoutesDisclosure({ api, tabId, page }: { api: PopupApi; tabId: number; page: PageDescription }) {
  const [open, setOpen] = useState(false);
  const [under18, setUnder18] = useState(false);
  const [contacts, setContacts] = useState<FoundContact[] | null>(null);
  const [looking, setLooking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const host = hostOf(page.url);

  function toggle() {
    if (!open) void api.under18().then(setUnder18, () => undefined);
    setOpen(!open);
  }
  async function lookForContacts() {
    setLooking(true);
    setError(null);
    try {
      setContacts((await api.findContacts(tabId)).contacts);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setLooking(false);
    }
  }

  const plan = open
    ? planRoutes(
        {
          platform: page.detection?.platform ?? null,
          kind: page.detection?.kind ?? 'other',
          under18,
          ...(host && { host }),
          ...(contacts && { contacts }),
        },
        t,
      )
    : [];
  return (
    <section class="requests" aria-label={t('popup_removal_request')}>
      <button type="button" class="link" onClick={toggle} aria-expanded={open}>
        {t('removal_request_button')}
      </button>
      {open && (
        <>
          <p class="small muted">{t('popup_routes_intro')}</p>
          {!page.detection && (
            <p class="small">
              <button type="button" onClick={lookForContacts} disabled={looking}>
                {t('popup_find_contacts')}
              </button>
              {contacts && !contacts.length && <span class="muted"> {t('popup_no_contacts')}</span>}
              {error && <span class="error"> {error}</span>}
            </p>
          )}
          <ol class="routes">
            {plan.map((route, i) => (
              <RouteCard key={`${route.step}-${i}`} route={route} position={i + 1}>
                {(route.url || route.email) && (
                  <p class="small">
                    <a href={route.url ?? `mailto:${route.email}`} target="_blank" rel="noopener noreferrer">
                      {route.url ? t('removal_open_page') : route.email}
                    </a>
                  </p>
                )}
              </RouteCard>
            ))}
          </ol>
          <button type="button" onClick={() => api.openEvidence()}>
            {t('popup_continue_in_evidence')}
          </button>
        </>
      )}
    </section>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
