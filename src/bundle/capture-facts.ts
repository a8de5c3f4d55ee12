import type { CaptureRecord } from '../shared/types';

export type Fact = [label: string, value: string];

/** What the browser itself recorded (tabs API, the extension's clock); shared by report and CSV. */
export function observedFacts(record: CaptureRecord): Fact[] {
  const o = record.observed;
  const facts: Fact[] = [
    ['Address (URL) of the tab', o.tabUrl],
    ['Captured at (UTC)', o.capturedAt],
    ['Captured at (local time)', `${o.capturedAtLocal} (${o.timeZone})`],
    ['Browser', `${o.browser.name} ${o.browser.version}`],
    ['Preserve version at capture', o.extensionVersion],
  ];
  if (o.viewport) facts.push(['Visible area', `${o.viewport.width} × ${o.viewport.height} CSS pixels`]);
  if (o.contextTarget?.srcUrl) facts.push(['Right-clicked media address', o.contextTarget.srcUrl]);
  if (o.contextTarget?.linkUrl) facts.push(['Right-clicked link address', o.contextTarget.linkUrl]);
  if (o.contextTarget?.selectionText) facts.push(['Selected text', o.contextTarget.selectionText]);
  if (o.incognito) facts.push(['Private window', 'yes']);
  return facts;
}

/** What the page said about itself: never verified, always labelled as such. */
export function claimedFacts(record: CaptureRecord): Fact[] {
  const c = record.claimed;
  // The page sets the tab's title; the browser only shows it (records keep it under `observed`).
  const tabTitle: Fact = ['Title of the tab (set by the page)', record.observed.tabTitle];
  if (!c) return [tabTitle, ['Page description', record.claimedError ?? 'The page could not be read']];
  const facts: Fact[] = [tabTitle, ['Page title', c.documentTitle], ['Page address', c.locationHref]];
  if (c.canonicalUrl) facts.push(['Canonical address', c.canonicalUrl]);
  if (c.platform) facts.push(['Platform', `${c.platform.platform.name} (${c.platform.kind})`]);
  const post = c.post;
  if (post?.postId) facts.push(['Post id', post.postId]);
  const author = [post?.author?.name, post?.author?.handle].filter(Boolean).join(' ');
  if (author) facts.push(['Author', author]);
  if (post?.author?.url) facts.push(['Author page', post.author.url]);
  if (post?.publishedAt) facts.push(['Published at', post.publishedAt]);
  if (post?.text) facts.push(['Post text', post.text]);
  if (c.selectedText) facts.push(['Selected text', c.selectedText]);
  return facts;
}
