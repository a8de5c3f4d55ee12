import type { CaptureRecord } from '../shared/types';
import type { ReportText } from './report-text';

export type Fact = [label: string, value: string];

/** What the browser itself recorded (tabs API, the extension's clock); shared by report and CSV. */
export function observedFacts(record: CaptureRecord, text: ReportText): Fact[] {
  const o = record.observed;
  const facts: Fact[] = [
    [text('report_fact_tab_url'), o.tabUrl],
    [text('report_fact_captured_utc'), o.capturedAt],
    [text('report_fact_captured_local'), `${o.capturedAtLocal} (${o.timeZone})`],
    [text('report_fact_browser'), `${o.browser.name} ${o.browser.version}`],
    [text('report_fact_version'), o.extensionVersion],
  ];
  if (o.viewport) facts.push([text('report_fact_viewport'), text('report_fact_viewport_value', { width: o.viewport.width, height: o.viewport.height })]);
  if (o.contextTarget?.srcUrl) facts.push([text('report_fact_media_address'), o.contextTarget.srcUrl]);
  if (o.contextTarget?.linkUrl) facts.push([text('report_fact_link_address'), o.contextTarget.linkUrl]);
  if (o.contextTarget?.selectionText) facts.push([text('report_fact_selected'), o.contextTarget.selectionText]);
  if (o.incognito) facts.push([text('report_fact_private'), text('report_yes')]);
  return facts;
}

/** What the page said about itself: never verified, always labelled as such. */
export function claimedFacts(record: CaptureRecord, text: ReportText): Fact[] {
  const c = record.claimed;
  // The page sets the tab's title; the browser only shows it (records keep it under `observed`).
  const tabTitle: Fact = [text('report_fact_tab_title'), record.observed.tabTitle];
  if (!c) return [tabTitle, [text('report_fact_description'), record.claimedError ?? text('report_fact_unreadable')]];
  const facts: Fact[] = [tabTitle, [text('report_fact_page_title'), c.documentTitle], [text('report_fact_page_address'), c.locationHref]];
  if (c.canonicalUrl) facts.push([text('report_fact_canonical'), c.canonicalUrl]);
  if (c.platform) facts.push([text('report_fact_platform'), `${c.platform.platform.name} (${c.platform.kind})`]);
  const post = c.post;
  if (post?.postId) facts.push([text('report_fact_post_id'), post.postId]);
  const author = [post?.author?.name, post?.author?.handle].filter(Boolean).join(' ');
  if (author) facts.push([text('report_fact_author'), author]);
  if (post?.author?.url) facts.push([text('report_fact_author_page'), post.author.url]);
  if (post?.publishedAt) facts.push([text('report_fact_published'), post.publishedAt]);
  if (post?.text) facts.push([text('report_fact_post_text'), post.text]);
  if (c.selectedText) facts.push([text('report_fact_selected'), c.selectedText]);
  return facts;
}
