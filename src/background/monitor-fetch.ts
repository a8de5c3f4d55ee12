import type { FetchedResponse } from '../takedowns/link-reading';

const TIMEOUT_MS = 15_000;
/** Enough for any page's head and visible text; media beyond it is not needed to tell it is there. */
const MAX_BYTES = 2 * 1024 * 1024;

export type FetchResult = { ok: true; response: FetchedResponse; bytes: Uint8Array } | { ok: false; reason: 'timeout' | 'network' };

/**
 * One plain request, as a logged-out visitor would make it: no cookies or logins, no cache, no
 * referrer. Redirects are followed so the final address can tell a login wall or a front page.
 */
export async function fetchPlain(url: string): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, { credentials: 'omit', redirect: 'follow', cache: 'no-store', referrerPolicy: 'no-referrer', signal: controller.signal });
    const bytes = await readCapped(response);
    return {
      ok: true,
      bytes,
      response: {
        status: response.status,
        finalUrl: response.url || url,
        contentType: response.headers.get('content-type') ?? '',
        body: new TextDecoder().decode(bytes),
      },
    };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size >= MAX_BYTES) await reader.cancel().catch(() => undefined);
  const out = new Uint8Array(Math.min(size, MAX_BYTES));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, out.byteLength - offset);
    out.set(part, offset);
    offset += part.byteLength;
    if (offset >= out.byteLength) break;
  }
  return out;
}
