import type { ClaimedFacts, ObservedFacts } from '../shared/types';

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
        <Row label="Tab title" value={observed.tabTitle} />
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

export function ClaimedFactsTable({ claimed, error }: { claimed: ClaimedFacts | null; error?: string }) {
  return (
    <section aria-labelledby="claimed-heading" class="claimed">
      <h3 id="claimed-heading">What the page claimed</h3>
      <p class="muted">Written by the page itself. A page can say anything, so treat these as claims, not facts.</p>
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
          {claimed.meta.map((tag, index) => <Row key={index} label={`meta ${tag.name}`} value={tag.content} />)}
        </dl>
      )}
    </section>
  );
}
