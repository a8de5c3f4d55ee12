import type { ClaimedFacts, ClippedField, ObservedFacts } from '../shared/types';

function Row({ label, value }: { label: string; value: string | number | null | undefined }) {
  if (value === undefined || value === null || value === '') return null;
  return [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{String(value)}</dd>];
}

export function ObservedFactsTable({ observed }: { observed: ObservedFacts }) {
  const target = observed.contextTarget;
  return (
    <section aria-labelledby="observed-heading" class="observed">
      <h3 id="observed-heading">What the browser recorded</h3>
      <p class="muted">Taken from the browser itself, not from the page.</p>
      <dl class="facts">
        <Row label="Address" value={observed.tabUrl} />
        <Row label="Time (UTC)" value={observed.capturedAt} />
        <Row label="Local time" value={`${observed.capturedAtLocal} (${observed.timeZone})`} />
        <Row label="Window" value={observed.window && `${observed.window.width} × ${observed.window.height}`} />
        <Row label="Visible area" value={observed.viewport && `${observed.viewport.width} × ${observed.viewport.height}`} />
        <Row label="Pixel ratio" value={observed.devicePixelRatio} />
        <Row label="Browser" value={`${observed.browser.name} ${observed.browser.version}`} />
        <Row label="Preserve version" value={observed.extensionVersion} />
        <Row label="Right-clicked media" value={target?.srcUrl} />
        <Row label="Right-clicked link" value={target?.linkUrl} />
        <Row label="Selected text" value={target?.selectionText} />
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
      <h3 id="claimed-heading">What the page claimed</h3>
      <p class="muted">Written by the page itself. A page can say anything, so treat these as claims, not facts.</p>
      <dl class="facts">
        <Row label="Tab title (set by the page)" value={observed.tabTitle} />
      </dl>
      {!claimed ? (
        <p class="muted">{error ?? 'The page did not describe itself.'}</p>
      ) : (
        <dl class="facts">
          <Row label="Platform" value={claimed.platform && `${claimed.platform.platform.name} (${claimed.platform.kind})`} />
          <Row label="Author" value={[claimed.post?.author?.name, claimed.post?.author?.handle].filter(Boolean).join(' · ')} />
          <Row label="Account id" value={claimed.post?.author?.id} />
          <Row label="Post id" value={claimed.post?.postId} />
          <Row label="Posted (as the page says)" value={claimed.post?.publishedAt} />
          <Row label="Post text" value={claimed.post?.text} />
          <Row label="Media" value={claimed.post?.media?.join('\n')} />
          <Row label="Document title" value={claimed.documentTitle} />
          <Row label="The page's own address" value={claimed.locationHref} />
          <Row label="Canonical address" value={claimed.canonicalUrl} />
          <Row label="Language" value={claimed.lang} />
          <Row label="Selected text" value={claimed.selectedText} />
          <Row label="Clicked element" value={claimed.clickedElement && JSON.stringify(claimed.clickedElement)} />
          {claimed.meta.map((tag, index) => (
            <Row key={index} label={`meta ${tag.name}`} value={tag.content} />
          ))}
        </dl>
      )}
      <ClippedNote clipped={[...(observed.clipped ?? []), ...(claimed?.clipped ?? [])]} />
    </section>
  );
}

const FIELD_WORDS: Record<string, string> = {
  tabTitle: 'the tab title',
  documentTitle: 'the document title',
  locationHref: "the page's own address",
  canonicalUrl: 'the canonical address',
  lang: 'the language',
  selectedText: 'the selected text',
  meta: 'the meta tags',
  'post.text': 'the post text',
  'post.media': 'the media list',
};

/** Says calmly what was shortened, so nobody mistakes a clipped value for the page's whole text. */
function ClippedNote({ clipped }: { clipped: ClippedField[] }) {
  if (!clipped.length) return null;
  const words = clipped.map(
    ({ field, length }) =>
      `${FIELD_WORDS[field] ?? field} (${length.toLocaleString('en')} ${field === 'meta' || field.endsWith('media') ? 'items' : 'characters'})`,
  );
  return (
    <p class="muted" data-testid="clipped-note">
      The page's text was clipped to keep this capture small: {words.join(', ')}. The numbers are the original lengths; the screenshot is unchanged.
    </p>
  );
}
