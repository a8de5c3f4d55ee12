/**
 * The largest candidate of an `srcset` (HTML's image candidate strings): by width descriptor
 * (`800w`), else by density (`2x`). Sites list the original last or largest; the browser shows
 * whichever fits the screen, which is often a smaller copy. Returns an absolute URL, or null.
 */
export function largestSrcsetCandidate(srcset: string, baseUrl: string): string | null {
  let best: { url: string; width: number; density: number } | null = null;
  for (const { url, descriptor } of candidates(srcset)) {
    const width = /^(\d+)w$/i.exec(descriptor)?.[1];
    const density = /^(\d*\.?\d+)x$/i.exec(descriptor)?.[1];
    const candidate = { url, width: width ? Number(width) : 0, density: density ? Number(density) : descriptor ? 0 : 1 };
    if (!best || candidate.width > best.width || (candidate.width === best.width && candidate.density > best.density)) best = candidate;
  }
  if (!best) return null;
  try {
    return new URL(best.url, baseUrl).href;
  } catch {
    return null;
  }
}

/** Splits as the HTML spec does: a URL runs to whitespace (commas inside it are kept, e.g. Cloudinary's w_100,h_100), a trailing comma ends it. */
function* candidates(srcset: string): Generator<{ url: string; descriptor: string }> {
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      yield { url: url.replace(/,+$/, ''), descriptor: '' };
      continue;
    }
    const end = rest.indexOf(',');
    const descriptor = (end === -1 ? rest : rest.slice(0, end)).trim();
    rest = end === -1 ? '' : rest.slice(end + 1);
    yield { url, descriptor: descriptor.split(/\s+/)[0] ?? '' };
  }
}
