import type { FoundMedia, MediaRequest } from '../../content/media/find-media';
import type { ArtifactRef, ClaimedFacts, ObservedFacts } from '../../shared/types';
import type { CaptureContext, CaptureExtra, ExtraArtifacts } from '../capture-extras';
import { fetchMedia } from './fetch-media';
import { grabFrame } from './grab-frame';
import { capNote, itemAllowance, MAX_ITEMS } from './media-caps';
import { mediaRow } from './media-row';
import { callPageMedia, injectMediaScript } from './page-media';

/** Saving media must not hold a one-click capture for long: this bounds the whole step. */
const MEDIA_TIME_LIMIT_MS = 60_000;
const ITEM_TIMEOUT_MS = 30_000;
const IDLE_MS = 10_000;
const PAGE_ANSWER_MS = 3000;

type Note = NonNullable<ObservedFacts['mediaNotes']>[number];

/** The right-clicked image or video, and the images and videos of a detected post: their original bytes. */
export const captureMedia: CaptureExtra = {
  name: 'media',
  applies: (context) => Boolean(context.contextTarget?.srcUrl && context.contextTarget.mediaType) || isPost(context.claimed),
  run: saveMedia,
};

function isPost(claimed: ClaimedFacts | null): boolean {
  return claimed?.platform?.kind === 'post' || claimed?.platform?.kind === 'media';
}

async function saveMedia(context: CaptureContext): Promise<ExtraArtifacts> {
  const result: Required<ExtraArtifacts> & { observed: { mediaNotes: Note[] } } = { artifacts: [], rows: [], observed: { mediaNotes: [] } };
  const notes = result.observed.mediaNotes;
  const stop = AbortSignal.any([context.signal, AbortSignal.timeout(MEDIA_TIME_LIMIT_MS)]);
  const clicked = context.contextTarget?.srcUrl;
  if (clicked && clicked.length > MAX_FETCHABLE_URL) {
    // A page can hand the context menu any address; no browser fetches one this long.
    notes.push({ sourceUrl: shortAddress(clicked), note: `Not saved: its address is ${clicked.length} characters long, more than a browser accepts.` });
  }
  const found = await findInPage(
    clicked && clicked.length > MAX_FETCHABLE_URL ? { ...context, contextTarget: { ...context.contextTarget, srcUrl: '' } } : context,
  );
  let used = 0;
  for (const [position, item] of found.entries()) {
    const shown = item.fileUrl ?? item.shownUrl ?? '';
    if (stop.aborted) {
      notes.push({
        sourceUrl: shortAddress(shown),
        note: context.signal.aborted
          ? 'Not saved: the capture was cancelled first.'
          : `Not saved: saving media stops after ${MEDIA_TIME_LIMIT_MS / 1000} seconds.`,
      });
      continue;
    }
    context.progress({ phase: 'media', done: position, total: found.length });
    const allowance = itemAllowance(used);
    const urls = [item.fileUrl, ...item.alternates].filter((url): url is string => Boolean(url));
    const fetched = allowance === 0 ? null : await fetchMedia(context.tabId, urls, { allowance, timeoutMs: ITEM_TIMEOUT_MS, idleMs: IDLE_MS }, stop);
    if (fetched?.outcome === 'saved') {
      used += fetched.size;
      const artifact: ArtifactRef = {
        id: crypto.randomUUID(),
        kind: 'media',
        name: `media-${position + 1}${extensionOf(fetched.mediaType)}`,
        mediaType: fetched.mediaType,
        size: fetched.size,
        sha256: fetched.sha256,
        ...(addressOrNothing(fetched.url) ? { sourceUrl: fetched.url } : { note: `Its address (${fetched.url.length} characters) was too long to keep.` }),
        fetchedVia: fetched.fetchedVia,
        ...(keepsBytes(context, fetched.mediaType) ? {} : { stored: false as const }),
      };
      result.artifacts.push(artifact);
      if (artifact.stored !== false) result.rows.push(await mediaRow(artifact.id, context.captureId, fetched.blob));
      continue;
    }
    const why =
      !fetched || fetched.outcome === 'over'
        ? capNote(fetched?.size ?? 0, fetched?.exact ?? true, allowance)
        : item.kind === 'video' && !isFileUrl(item.fileUrl)
          ? 'Not saved whole: this video plays as a stream the page assembles from pieces (a blob: address), which cannot be saved as one file.'
          : `Not saved: ${fetched.reason}.`;
    const sourceUrl = (fetched?.outcome === 'over' && fetched.url) || shown;
    if (item.kind === 'video' && !stop.aborted) await saveFrame(context, item, position, why, result);
    else notes.push({ sourceUrl: shortAddress(sourceUrl), note: `${why} The screenshot and the page archive show it as the page did.` });
  }
  context.progress({ phase: 'media', done: found.length, total: found.length });
  return result.observed.mediaNotes.length ? result : { artifacts: result.artifacts, rows: result.rows };
}

/** A video that could not be saved whole: the frame it showed, and where its stream came from. */
async function saveFrame(
  context: CaptureContext,
  item: FoundMedia,
  position: number,
  why: string,
  result: { artifacts: ArtifactRef[]; rows: ExtraArtifacts['rows']; observed: { mediaNotes: Note[] } },
) {
  const player = item.shownUrl ?? item.fileUrl ?? '';
  const frame = await grabFrame(context, item.handle, PAGE_ANSWER_MS);
  if ('artifact' in frame) {
    // A player may show no address, or "MediaStream": the artifact names one only when it is an address.
    const address = addressOrNothing(player);
    result.artifacts.push({
      ...frame.artifact,
      name: `frame-${position + 1}.png`,
      ...(address && { sourceUrl: address }),
      note: `${why} ${frame.artifact.note ?? 'This is the frame that was showing.'}`,
    });
    if (frame.row) result.rows.push(frame.row);
  }
  const instead = 'artifact' in frame && frame.artifact.fetchedVia === 'rendered' ? 'A still cut from the screenshot' : 'A still of the frame that was showing';
  result.observed.mediaNotes.push({
    sourceUrl: shortAddress(player),
    note: `${why} ${'artifact' in frame ? `${instead} was saved instead.` : `No still could be saved either: ${frame.error}.`}`,
  });
  for (const manifest of item.manifestUrls) {
    const format = /\.mpd$/i.test(new URL(manifest).pathname) ? 'DASH' : 'HLS';
    result.observed.mediaNotes.push({
      sourceUrl: shortAddress(manifest),
      note: `The stream's playlist (${format}) the page requested for this video: it lists the pieces the video plays from.`,
    });
  }
}

async function findInPage(context: CaptureContext): Promise<FoundMedia[]> {
  const target = context.contextTarget;
  const request: MediaRequest = {
    ...(target?.srcUrl && { srcUrl: target.srcUrl }),
    ...(target?.mediaType && { mediaType: target.mediaType }),
    inPost: isPost(context.claimed),
    postMedia: context.claimed?.post?.media ?? [],
    max: MAX_ITEMS,
  };
  try {
    await injectMediaScript(context.tabId);
    return await callPageMedia(context.tabId, PAGE_ANSWER_MS, 'find', request);
  } catch {
    // The page would not answer: what the browser itself reported was right-clicked is still known.
    if (!request.srcUrl) return [];
    return [{ kind: request.mediaType ?? 'image', reason: 'clicked', fileUrl: request.srcUrl, alternates: [], manifestUrls: [], handle: -1 }];
  }
}

const isFileUrl = (url: string | null) => Boolean(url && /^(https?|data):/i.test(url));

/** Under-18 mode keeps no image or video at all, only its fingerprint. */
function keepsBytes(context: CaptureContext, mediaType: string): boolean {
  return context.keepImages || !/^(image|video)\//.test(mediaType);
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/avif': '.avif',
  'image/svg+xml': '.svg',
  'video/mp4': '.mp4',
  'video/webm': '.webm',
  'video/quicktime': '.mov',
  'audio/mpeg': '.mp3',
};

function extensionOf(mediaType: string): string {
  return EXTENSIONS[mediaType] ?? '.bin';
}

/** Chrome's own limit on a URL's length. */
const MAX_FETCHABLE_URL = 2 * 1024 * 1024;
/** What the record keeps of an address: a page must not make a capture record large. */
const MAX_KEPT_URL = 8_192;

/** An address for a note: itself, or its start and its length when it is too long to keep. */
function shortAddress(value: string): string {
  return value.length <= MAX_KEPT_URL ? value : `${value.slice(0, 200)}… (${value.length} characters)`;
}

/** An http(s), blob: or data: address short enough to keep, or undefined. */
function addressOrNothing(value: string): string | undefined {
  if (value.length > MAX_KEPT_URL) return undefined;
  try {
    return ['http:', 'https:', 'blob:', 'data:'].includes(new URL(value).protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}
