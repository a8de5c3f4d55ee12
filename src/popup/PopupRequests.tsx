import { useState } from 'preact/hooks';
import { platforms } from '../platforms/index';
import type { FoundContact } from '../shared/found-contacts';
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
        count
          ? { ok: true, text: `Filled ${count} ${count === 1 ? 'field' : 'fields'}. Check them, then send the form yourself.` }
          : { ok: false, text: 'Preserve found no field it was sure of here. The panel on the page lists your details to copy.' },
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
        text: `Recorded: this page and your request are kept in your case${request.reference ? ` (reference ${request.reference})` : ''}.`,
      });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="requests" aria-label="Removal request">
      <p class="small muted">This looks like a removal form.</p>
      <button type="button" onClick={fill} disabled={busy}>
        Fill in this form
      </button>
      <form onSubmit={sent} class="sent-form">
        <label class="small">
          Reference number, if the page shows one (optional)
          <input type="text" value={reference} onInput={(event) => setReference((event.target as HTMLInputElement).value)} data-testid="sent-reference" />
        </label>
        <button type="submit" disabled={busy}>
          I sent it
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
    ? planRoutes({
        platform: page.detection?.platform ?? null,
        kind: page.detection?.kind ?? 'other',
        under18,
        ...(host && { host }),
        ...(contacts && { contacts }),
      })
    : [];
  return (
    <section class="requests" aria-label="Removal request">
      <button type="button" class="link" onClick={toggle} aria-expanded={open}>
        Request removal
      </button>
      {open && (
        <>
          <p class="small muted">
            The routes to try, in order. Save evidence first; then send requests from My evidence, where Preserve can fill in the forms.
          </p>
          {!page.detection && (
            <p class="small">
              <button type="button" onClick={lookForContacts} disabled={looking}>
                Look for this site’s report or abuse contacts
              </button>
              {contacts && !contacts.length && <span class="muted"> None found on this page.</span>}
              {error && <span class="error"> {error}</span>}
            </p>
          )}
          <ol class="routes">
            {plan.map((route, i) => (
              <RouteCard key={`${route.step}-${i}`} route={route} position={i + 1}>
                {(route.url || route.email) && (
                  <p class="small">
                    <a href={route.url ?? `mailto:${route.email}`} target="_blank" rel="noopener noreferrer">
                      {route.url ? 'Open this page' : route.email}
                    </a>
                  </p>
                )}
              </RouteCard>
            ))}
          </ol>
          <button type="button" onClick={() => api.openEvidence()}>
            Continue in My evidence
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
