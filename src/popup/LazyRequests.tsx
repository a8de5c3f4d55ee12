import { useEffect, useState } from 'preact/hooks';
import type { PageDescription } from '../shared/messages';
import type { PopupApi } from './api';

type Requests = typeof import('./PopupRequests').PopupRequests;

/** Loads the removal-request part after first paint: the route data must never delay "Save evidence". */
export function LazyRequests(props: { api: PopupApi; tabId: number; page: PageDescription }) {
  const [Component, setComponent] = useState<Requests | null>(null);
  useEffect(() => {
    // When the popup is idle, so a click on "Save evidence" right after it appears is never queued behind this.
    const load = () => void import('./PopupRequests').then((module) => setComponent(() => module.PopupRequests));
    const handle = requestIdleCallback(load, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }, []);
  return Component ? <Component {...props} /> : null;
}
