import type { ClaimedFacts, ClippedField, ObservedFacts } from '../shared/types';
import { type MessageKey, t } from '../shared/i18n';
import { formatCount } from '../ui/format-date';

function Row({ label, value }: { label: string; value: string | number | null | undefined }) {
  if (value === undefined || value === null || value === '') return null;
  return [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{String(value)}</dd>];
}

export function ObservedFactsTable({ observed }: { observed: ObservedFacts }) {
  const target = observed.contextTarget;
  return (
    <section aria-labelledby="observed-heading" class="observed">
      <h3 id="observed-heading">{t('evidence_facts_observed_heading')}</h3>
      <p class="muted">{t('evidence_facts_observed_explained')}</p>
      <dl class="facts">
        <Row label={t('evidence_facts_address')} value={observed.tabUrl} />
        <Row label={t('evidence_facts_time_utc')} value={observed.capturedAt} />
        <Row label={t('evidence_facts_local_time')} value={`${observed.capturedAtLocal} (${observed.timeZone})`} />
        <Row label={t('evidence_facts_window')} value={observed.window && `${observed.window.width} × ${observed.window.height}`} />
        <Row label={t('evidence_facts_visible_area')} value={observed.viewport && `${observed.viewport.width} × ${observed.viewport.height}`} />
        <Row label={t('evidence_facts_pixel_ratio')} value={observed.devicePixelRatio} />
        <Row label={t('evidence_facts_browser')} value={`${observed.browser.name} ${observed.browser.version}`} />
        <Row label={t('evidence_facts_version')} value={observed.extensionVersion} />
        <Row label={t('evidence_facts_clicked_media')} value={target?.srcUrl} />
        <Row label={t('evidence_facts_clicked_link')} value={target?.linkUrl} />
        <Row label={t('evidence_facts_selected_text')} value={target?.selectionText} />
      </dl>
    </section>
  );
}

/**
 * The tab title is set by the page (the browser only shows it), so it is listed with the page's
 * claims even though records keep it beside what the browser recorded. Everything Preserve
 * clipped was made by the page, so one note lists it all, the right-clicked addresses included.
 */
export function ClaimedFactsTable({ claimed, error, observed }: { claimed: ClaimedFacts | null; error?: string | undefined; observed: ObservedFacts }) {
  return (
    <section aria-labelledby="claimed-heading" class="claimed">
      <h3 id="claimed-heading">{t('evidence_facts_claimed_heading')}</h3>
      <p class="muted">{t('evidence_facts_claimed_explained')}</p>
      <dl class="facts">
        <Row label={t('evidence_facts_tab_title')} value={observed.tabTitle} />
      </dl>
      {!claimed ? (
        <p class="muted">{error ?? t('evidence_facts_no_claims')}</p>
      ) : (
        <dl class="facts">
          <Row label={t('evidence_facts_platform')} value={claimed.platform && `${claimed.platform.platform.name} (${claimed.platform.kind})`} />
          <Row label={t('evidence_facts_author')} value={[claimed.post?.author?.name, claimed.post?.author?.handle].filter(Boolean).join(' · ')} />
          <Row label={t('evidence_facts_account_id')} value={claimed.post?.author?.id} />
          <Row label={t('evidence_facts_post_id')} value={claimed.post?.postId} />
          <Row label={t('evidence_facts_posted')} value={claimed.post?.publishedAt} />
          <Row label={t('evidence_facts_post_text')} value={claimed.post?.text} />
          <Row label={t('evidence_facts_media')} value={claimed.post?.media?.join('\n')} />
          <Row label={t('evidence_facts_document_title')} value={claimed.documentTitle} />
          <Row label={t('evidence_facts_own_address')} value={claimed.locationHref} />
          <Row label={t('evidence_facts_canonical')} value={claimed.canonicalUrl} />
          <Row label={t('evidence_facts_language')} value={claimed.lang} />
          <Row label={t('evidence_facts_selected_text')} value={claimed.selectedText} />
          <Row label={t('evidence_facts_clicked_element')} value={claimed.clickedElement && JSON.stringify(claimed.clickedElement)} />
          {claimed.meta.map((tag, index) => (
            <Row key={index} label={t('evidence_facts_meta', { name: tag.name })} value={tag.content} />
          ))}
        </dl>
      )}
      <ClippedNote clipped={[...(observed.clipped ?? []), ...(claimed?.clipped ?? [])]} />
    </section>
  );
}

const FIELD_WORDS: Record<string, MessageKey> = {
  tabTitle: 'evidence_facts_field_tab_title',
  documentTitle: 'evidence_facts_field_document_title',
  locationHref: 'evidence_facts_field_own_address',
  canonicalUrl: 'evidence_facts_field_canonical',
  lang: 'evidence_facts_field_language',
  selectedText: 'evidence_facts_field_selected_text',
  meta: 'evidence_facts_field_meta',
  'post.text': 'evidence_facts_field_post_text',
  'post.media': 'evidence_facts_field_media',
};

/** Says calmly what was shortened, so nobody mistakes a clipped value for the page's whole text. */
function ClippedNote({ clipped }: { clipped: ClippedField[] }) {
  if (!clipped.length) return null;
  const words = clipped.map(({ field, length }) => {
    const key = FIELD_WORDS[field];
    const params = { field: key ? t(key) : field, length: formatCount(length) };
    return t(field === 'meta' || field.endsWith('media') ? 'evidence_facts_clipped_items' : 'evidence_facts_clipped_characters', params);
  });
  return (
    <p class="muted" data-testid="clipped-note">
      {t('evidence_facts_clipped', { fields: words.join(', ') })}
    </p>
  );
}
