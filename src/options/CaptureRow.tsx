import { isAttachment } from '../capture/attachment-record';
import { t } from '../shared/i18n';
import type { CaptureRecord } from '../shared/types';
import { useObjectUrl } from '../ui/use-object-url';
import { VeiledImage } from '../ui/VeiledImage';
import type { OptionsApi } from './api';
import { captureContents, captureLabel, formatDateTime } from './format';
import { useVisible } from './use-visible';

interface Props {
  capture: CaptureRecord;
  api: Pick<OptionsApi, 'thumbnail'>;
  checked: boolean;
  onToggle: () => void;
}

/** One capture in the evidence list or in search results; its thumbnail is opened only when the row comes into view. */
export function CaptureRow({ capture, api, checked, onToggle }: Props) {
  const [ref, visible] = useVisible<HTMLLIElement>();
  const thumbnail = useObjectUrl(() => (visible ? api.thumbnail(capture) : Promise.resolve(null)), [capture.id, visible]);
  const contents = captureContents(capture);
  const added = isAttachment(capture) ? capture.artifacts[0] : undefined;
  return (
    <li class="capture-row" data-capture-id={capture.id} ref={ref}>
      <div class="thumb">
        {capture.artifacts[0]?.stored === false ? (
          <p class="muted small">{t('evidence_row_no_image')}</p>
        ) : added && !added.mediaType.startsWith('image/') ? null : (
          <VeiledImage src={thumbnail} alt={t('evidence_row_thumbnail_alt')} />
        )}
      </div>
      <div class="row-facts">
        <a href={`#capture/${capture.id}`} class="open">
          {captureLabel(capture)}
        </a>
        {added ? <p class="muted">{t('attachments_label')}</p> : <p class="url">{capture.observed.tabUrl}</p>}
        <p class="muted">
          <time dateTime={capture.observed.capturedAt}>{formatDateTime(capture.observed.capturedAt)}</time>
          {' · '}#{capture.seq}
          {capture.imported && ` · ${t('evidence_row_imported')}`}
        </p>
        {contents && (
          <p class="muted" data-testid="capture-contents">
            {t('evidence_row_contents', { contents })}
          </p>
        )}
        <label class="select">
          <input type="checkbox" checked={checked} onChange={onToggle} /> {t('evidence_row_select')}
        </label>
      </div>
    </li>
  );
}
