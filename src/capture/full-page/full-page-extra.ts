import { sealArtifact } from '../../db/artifact-store';
import type { ArtifactRow } from '../../db/schema';
import { sha256Bytes } from '../../shared/hash';
import type { ArtifactRef } from '../../shared/types';
import type { CaptureContext, CaptureExtra, ExtraArtifacts } from '../capture-extras';
import { firefoxFullPage } from '../firefox-full-page';
import { stitchTiles } from './stitch-tiles';
import { tileScrollContainer } from './tile-scroll-container';

/**
 * "Full page": the raw tiles are the evidence (each PNG byte for byte, hashed); the stitched
 * segments are a view made from them for reading and printing. In under-18 mode only the tiles'
 * fingerprints are kept, and no stitched view is made, since no image may be kept.
 */
export const fullPageExtra: CaptureExtra = {
  name: 'full-page',
  scrolls: true,
  applies: (context) => context.mode === 'full',
  run: captureFullPage,
};

async function captureFullPage(context: CaptureContext): Promise<ExtraArtifacts> {
  // Firefox draws the whole page without scrolling; elsewhere (or inside a scrolling element) tile and stitch.
  const drawn = await firefoxFullPage(context);
  if (drawn) return drawn;
  const tiled = await tileScrollContainer({
    tabId: context.tabId,
    windowId: context.windowId,
    scroller: 'auto',
    direction: 'down',
    mode: 'full',
    signal: context.signal,
    onTile: (done, total) => context.progress({ phase: 'tiles', done, total }),
  });
  const artifacts: ArtifactRef[] = [];
  const rows: ArtifactRow[] = [];
  const add = async (ref: Omit<ArtifactRef, 'id' | 'size' | 'sha256' | 'mediaType'>, bytes: Uint8Array) => {
    const artifact: ArtifactRef = { id: crypto.randomUUID(), mediaType: 'image/png', size: bytes.byteLength, sha256: await sha256Bytes(bytes), ...ref };
    if (!context.keepImages) artifact.stored = false;
    else rows.push(await sealArtifact(artifact.id, context.captureId, bytes, 'image/png'));
    artifacts.push(artifact);
  };
  for (const tile of tiled.tiles) {
    const name = `tile-${String(tile.index + 1).padStart(3, '0')}.png`;
    await add({ kind: 'tile', name, width: tile.pixelWidth, height: tile.pixelHeight, index: tile.index, rect: tile.rect }, tile.bytes);
  }
  if (context.keepImages) {
    context.progress({ phase: 'stitching', done: 0, total: null });
    for (const segment of await stitchTiles(tiled)) {
      const name = `fullpage-${String(segment.index + 1).padStart(2, '0')}.png`;
      await add({ kind: 'fullpage', name, width: segment.width, height: segment.height, index: segment.index, rect: segment.rect }, segment.bytes);
    }
  }
  return { artifacts, rows, observed: { coverage: tiled.coverage } };
}
