import { useState } from 'preact/hooks';
import type { CaptureSummary, PageImageMatch, PageImageScan } from '../shared/messages';
import { t } from '../shared/i18n';
import { VeiledImage } from '../ui/VeiledImage';
import type { PopupApi } from './api';
import { matchCloseness } from './match-closeness';

type State =
  | { step: 'idle' }
  | { step: 'looking' }
  | { step: 'found'; scan: PageImageScan }
  | { step: 'saving'; scan: PageImageScan }
  | { step: 'saved'; scan: PageImageScan; capture: CaptureSummary }
  | { step: 'failed'; message: string; scan?: PageImageScan };

/** "Find my images on this page": looks for My images among the page's images, on this device. */
export function FindMyImages({ api, tabId }: { api: PopupApi; tabId: number }) {
  const [state, setState] = useState<State>({ step: 'idle' });

  async function look() {
    setState({ step: 'looking' });
    try {
      setState({ step: 'found', scan: await api.findMyImages(tabId) });
    } catch (error) {
      setState({ step: 'failed', message: (error as Error).message });
    }
  }

  async function save(scan: PageImageScan) {
    setState({ step: 'saving', scan });
    try {
      const matched = scan.matches.map(({ src, myImageId, distance }) => ({ src, myImageId, distance }));
      setState({ step: 'saved', scan, capture: await api.captureWithMatches(tabId, matched) });
    } catch (error) {
      setState({ step: 'failed', message: (error as Error).message, scan });
    }
  }

  const scan = 'scan' in state ? state.scan : undefined;
  return (
    <section class="find-my-images" aria-labelledby="find-my-images-heading">
      <h2 id="find-my-images-heading" class="small">
        {t('popup_find_images_heading')}
      </h2>
      <button type="button" onClick={() => void look()} disabled={state.step === 'looking' || state.step === 'saving'} aria-busy={state.step === 'looking'}>
        {state.step === 'looking' ? t('popup_find_images_looking') : t('popup_find_images_button')}
      </button>
      <p class="muted small">{t('popup_find_images_private')}</p>
      {scan && <ScanResult scan={scan} api={api} />}
      {scan && scan.matches.length > 0 && state.step !== 'saved' && (
        <button type="button" class="primary" onClick={() => void save(scan)} disabled={state.step === 'saving'} aria-busy={state.step === 'saving'}>
          {state.step === 'saving' ? t('popup_saving') : t('popup_find_images_save')}
        </button>
      )}
      {state.step === 'saved' && (
        <p class="ok" role="status" data-testid="find-images-saved">
          {t('popup_find_images_saved', { count: state.scan.matches.length })}
        </p>
      )}
      {state.step === 'failed' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}

function ScanResult({ scan, api }: { scan: PageImageScan; api: PopupApi }) {
  if (scan.lookedFor === 0)
    return (
      <p role="status">
        {t('popup_find_images_none_added')}{' '}
        <button type="button" class="link" onClick={() => api.openMyImages()}>
          {t('popup_find_images_open_my_images')}
        </button>
      </p>
    );
  if (!scan.matches.length)
    return (
      <p role="status" data-testid="find-images-none">
        {t('popup_find_images_no_match', { count: scan.scanned })}
      </p>
    );
  return (
    <>
      <p role="status" data-testid="find-images-summary">
        {t('popup_find_images_found', { count: scan.matches.length, scanned: scan.scanned })}
      </p>
      <ul class="find-images-matches">
        {scan.matches.map((match) => (
          <MatchRow key={match.src} match={match} />
        ))}
      </ul>
    </>
  );
}

function MatchRow({ match }: { match: PageImageMatch }) {
  return (
    <li data-testid="image-match" data-src={match.src} data-distance={match.distance}>
      <VeiledImage src={match.previewDataUrl ?? null} alt={t('popup_find_images_preview_alt')} />
      <p class="url small">{match.src}</p>
      <p class="small">{t(matchCloseness(match.distance), { distance: match.distance })}</p>
    </li>
  );
}
