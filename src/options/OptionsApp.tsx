import { useEffect, useState } from 'preact/hooks';
import type { OptionsApi } from './api';
import { CaptureDetail } from './CaptureDetail';
import { CaptureList } from './CaptureList';

function routeFromHash(): { view: 'list' } | { view: 'capture'; id: string } {
  const match = /^#capture\/([\w-]+)$/.exec(location.hash);
  return match ? { view: 'capture', id: match[1] } : { view: 'list' };
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [route, setRoute] = useState(routeFromHash);
  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash());
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  return (
    <div class="workspace">
      <header class="top">
        <h1><a href="#">Preserve</a></h1>
        <p class="muted">Everything here is stored only on this device.</p>
      </header>
      <main>{route.view === 'capture' ? <CaptureDetail api={api} id={route.id} /> : <CaptureList api={api} />}</main>
    </div>
  );
}
