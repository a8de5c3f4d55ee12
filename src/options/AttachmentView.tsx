import type { CaptureRecord } from '../shared/types';
import { t } from '../shared/i18n';
import { useObjectUrl } from '../ui/use-object-url';
import { VeiledImage } from '../ui/VeiledImage';
import type { OptionsApi } from './api';
import { formatBytes, formatDateTime } from './format';

/** An added file: a blurred preview when it is an image, and what the file claims about itself. */
export function AttachmentView({ api, capture }: { api: OptionsApi; capture: CaptureRecord }) {
  const file = capture.artifacts.find((artifact) => artifact.kind === 'attachment');
  const isImage = Boolean(file?.mediaType.startsWith('image/'));
  const preview = useObjectUrl(() => (file && isImage ? api.artifact(file.id) : Promise.resolve(null)), [file?.id]);
  const claims = capture.attachment;
  if (!file) return null;
  return (
    <section class="attachment" aria-labelledby="attachment-claims-heading">
      {isImage && <VeiledImage src={preview} alt={t('attachments_preview_alt')} />}
      <h3 id="attachment-claims-heading">{t('attachments_claims_heading')}</h3>
      <p class="muted">{t('attachments_claims_note')}</p>
      <table class="facts">
        <tbody>
          <tr>
            <th scope="row">{t('attachments_file_name')}</th>
            <td>{claims?.fileName ?? file.name}</td>
          </tr>
          <tr>
            <th scope="row">{t('attachments_file_type')}</th>
            <td>{claims?.mediaType || file.mediaType}</td>
          </tr>
          <tr>
            <th scope="row">{t('attachments_file_size')}</th>
            <td>{formatBytes(file.size)}</td>
          </tr>
          {claims?.lastModified && (
            <tr>
              <th scope="row">{t('attachments_last_modified')}</th>
              <td>
                <time dateTime={claims.lastModified}>{formatDateTime(claims.lastModified)}</time>
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
