import { copyFieldValues, removeActiveContent } from './html-snapshot-clean';
import { IMAGE_LIMITS, ImageBudget, type ImageLimits, type ReadImage, readWithCanvas } from './html-snapshot-images';
import { sheetText } from './html-snapshot-styles';

/**
 * The page archive where the browser has no pageCapture (Firefox): one self-contained HTML file
 * made from the page as it is now, styles and images inside it, nothing in it that runs. It is
 * built from a detached copy of the document; the page itself is not changed.
 */

export interface SnapshotRequest {
  /** The address and time as the browser observed them, for the header and the banner. */
  tabUrl: string;
  capturedAt: string;
  /** The visible line at the top of the copy, in the person's language. */
  banner: string;
  /** Milliseconds the images may take; after that the rest keep their addresses. */
  timeBudgetMs: number;
  limits?: ImageLimits;
}

export interface SnapshotResult {
  html: string;
  imagesInlined: number;
  imagesLeftOut: string[];
  stylesheetsLeftOut: string[];
  outOfTime: boolean;
}

/** Scripts must not run and nothing may be sent from the copy; styles, images, media and frames may load. */
const POLICY =
  "default-src 'none'; script-src 'none'; object-src 'none'; form-action 'none'; " +
  "style-src 'unsafe-inline' data: http: https:; img-src data: http: https:; font-src data: http: https:; media-src data: http: https:; frame-src http: https:";

export function htmlSnapshot(
  doc: Document,
  request: SnapshotRequest,
  read: ReadImage = readWithCanvas,
  now: () => number = () => performance.now(),
): SnapshotResult {
  const liveRoot = doc.documentElement;
  const copyRoot = liveRoot.cloneNode(true) as HTMLElement;
  // A clone has the same elements in the same order: the i-th of one is the i-th of the other.
  const live = [liveRoot, ...Array.from(liveRoot.querySelectorAll('*'))];
  const copy = [copyRoot, ...Array.from(copyRoot.querySelectorAll('*'))];
  const copyOf = new Map(live.map((element, index) => [element, copy[index]!]));

  for (const [element, copied] of copyOf) copyFieldValues(element, copied);
  const stylesheetsLeftOut = inlineStyles(doc, copyOf);
  const budget = new ImageBudget(read, request.limits ?? IMAGE_LIMITS, now() + request.timeBudgetMs, now);
  const imagesLeftOut = inlineImages(live, copyOf, budget);
  removeActiveContent(copyRoot);
  addHead(doc, copyRoot);
  addBanner(doc, copyRoot, request.banner);

  return {
    html: `${doctype(doc)}${header(request)}\n${copyRoot.outerHTML}\n`,
    imagesInlined: budget.inlined,
    imagesLeftOut,
    stylesheetsLeftOut,
    outOfTime: budget.outOfTime,
  };
}

function inlineStyles(doc: Document, copyOf: Map<Element, Element>): string[] {
  const leftOut: string[] = [];
  const done = new Set<Element>();
  for (const sheet of Array.from(doc.styleSheets)) {
    const owner = sheet.ownerNode as Element | null;
    const copied = owner && copyOf.get(owner);
    if (!owner || !copied) continue;
    done.add(owner);
    if (sheet.disabled) {
      copied.remove();
      continue;
    }
    try {
      const { text, leftOut: imports } = sheetText(sheet, sheet.href ?? doc.baseURI);
      leftOut.push(...imports);
      const style = doc.createElement('style');
      const media = sheet.media.mediaText;
      if (media) style.setAttribute('media', media);
      style.textContent = text;
      copied.replaceWith(style);
    } catch {
      // Another site's sheet that does not allow reading: leaving a link would fetch it when the copy is opened.
      leftOut.push(sheet.href ?? '');
      copied.remove();
    }
  }
  // Sheets that never loaded (or were not in styleSheets) would be fetched when the copy is opened.
  for (const [element, copied] of copyOf) {
    if (element.localName === 'link' && /(^|\s)stylesheet(\s|$)/i.test(element.getAttribute('rel') ?? '') && !done.has(element)) {
      leftOut.push((element as HTMLLinkElement).href);
      copied.remove();
    }
  }
  const adopted = (doc as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  const head = copyOf.get(doc.head ?? doc.documentElement);
  for (const sheet of adopted) {
    try {
      const style = doc.createElement('style');
      style.textContent = sheetText(sheet, doc.baseURI).text;
      head?.append(style);
    } catch {
      // A constructed sheet is the page's own and always readable; nothing to name if it is not.
    }
  }
  return leftOut.filter(Boolean);
}

function inlineImages(live: Element[], copyOf: Map<Element, Element>, budget: ImageBudget): string[] {
  const leftOut: string[] = [];
  for (const element of live) {
    if (element.localName !== 'img' && element.localName !== 'canvas') continue;
    // Removed with its <noscript> (it is there only when scripts are off): no budget spent on it.
    if (element.closest('noscript')) continue;
    const copied = copyOf.get(element)!;
    const taken = budget.take(element as HTMLImageElement | HTMLCanvasElement);
    if (!('dataUrl' in taken)) {
      if (element.localName === 'img') {
        const image = element as HTMLImageElement;
        // The address it showed, so the copy shows the same picture when the site still has it.
        if (image.currentSrc) copied.setAttribute('src', image.currentSrc);
        leftOut.push(image.currentSrc || image.src);
      }
      continue;
    }
    if (element.localName === 'canvas') {
      // A canvas's drawing is not in the markup: the copy shows it as an image the same size.
      const image = element.ownerDocument.createElement('img');
      for (const attribute of Array.from(copied.attributes)) image.setAttribute(attribute.name, attribute.value);
      image.setAttribute('src', taken.dataUrl);
      copied.replaceWith(image);
      continue;
    }
    copied.setAttribute('src', taken.dataUrl);
    for (const name of ['srcset', 'sizes', 'loading']) copied.removeAttribute(name);
    // <source> would win over the inlined src in a <picture>.
    if (copied.parentElement?.localName === 'picture') for (const source of Array.from(copied.parentElement.querySelectorAll('source'))) source.remove();
  }
  return leftOut.filter(Boolean);
}

function addHead(doc: Document, copyRoot: HTMLElement): void {
  let head = copyRoot.querySelector('head');
  if (!head) {
    head = doc.createElement('head');
    copyRoot.prepend(head);
  }
  const charset = doc.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const policy = doc.createElement('meta');
  policy.setAttribute('http-equiv', 'Content-Security-Policy');
  policy.setAttribute('content', POLICY);
  const base = doc.createElement('base');
  // Addresses left in the copy (links, frames, images not inlined) resolve as they did in the page.
  base.setAttribute('href', doc.baseURI);
  head.prepend(charset, policy, base);
}

function addBanner(doc: Document, copyRoot: HTMLElement, text: string): void {
  const body = copyRoot.querySelector('body');
  if (!body) return;
  const banner = doc.createElement('div');
  banner.setAttribute('role', 'note');
  banner.setAttribute('data-preserve-snapshot', '');
  banner.setAttribute(
    'style',
    'all: initial; display: block; box-sizing: border-box; width: 100%; padding: 6px 12px; font: 13px/1.4 system-ui, sans-serif; color: #222; background: #f4f1ea; border-bottom: 1px solid #ccc;',
  );
  banner.textContent = text;
  body.prepend(banner);
}

function doctype(doc: Document): string {
  const type = doc.doctype;
  if (!type) return '';
  const ids = type.publicId ? ` PUBLIC "${type.publicId}"${type.systemId ? ` "${type.systemId}"` : ''}` : type.systemId ? ` SYSTEM "${type.systemId}"` : '';
  return `<!DOCTYPE ${type.name}${ids}>\n`;
}

/** For someone reading the file's source: where and when it was taken, and what was done to it. */
function header(request: SnapshotRequest): string {
  // "--" cannot appear inside a comment; an address may hold it.
  const safe = (value: string) => value.replace(/--/g, '%2D%2D').replace(/>/g, '%3E');
  return [
    '<!--',
    '  Saved by Preserve: a copy of the page as the browser showed it (HTML snapshot).',
    `  Address: ${safe(request.tabUrl)}`,
    `  Captured at: ${safe(request.capturedAt)}`,
    '  Scripts and event handlers were removed; styles and readable images were copied into this file.',
    '-->',
  ].join('\n');
}
