/*
 * The file a person can hand to a helpline instead of their images. Neither StopNCII nor Take It
 * Down publishes a file format for people to bring hashes in (both hash on their own page, and
 * partners fetch from StopNCII's API), so Preserve writes two things (see README.md here):
 * - `preserve.hashes/1`, a documented JSON with everything Preserve knows about each image;
 * - a ThreatExchange signal list, one `<signal type> <hash>` a line, the plain-file format that
 *   Meta's open-source tools (python-threatexchange's local file, which HMA builds on) read.
 */
import type { MyImageRecord } from '../shared/matching-types';
import { DIHEDRAL_VIEWS, type DihedralView } from './pdq-dct';
import { PDQ_MATCH_DISTANCE, PDQ_MIN_QUALITY } from './match-index';

export const HASH_EXPORT_FORMAT = 'preserve.hashes/1';

export interface HashExportOptions {
  /** ISO time of the export. */
  exportedAt: string;
  /** File names can say who is in a picture: left out unless the person ticks them in. */
  includeFileNames?: boolean;
}

interface ExportedPdq {
  hash: string;
  quality: number;
  frameMs?: number;
  dihedral?: Record<DihedralView, string>;
}

interface ExportedImage {
  kind: MyImageRecord['kind'];
  md5: string;
  sha256: string;
  width?: number;
  height?: number;
  pdq: ExportedPdq[];
  fileName?: string;
}

export function hashExportJson(images: readonly MyImageRecord[], options: HashExportOptions): string {
  const document = {
    format: HASH_EXPORT_FORMAT,
    exportedAt: options.exportedAt,
    about:
      'Fingerprints of images and videos, made on the owner’s device; the images themselves are not included. ' +
      'md5 and sha256 are of the file as added. pdq is Meta’s PDQ perceptual hash (facebook/ThreatExchange): ' +
      '64 hex digits, with its quality (0–100); the dihedral hashes are the same picture rotated and mirrored.',
    pdqMatchDistance: PDQ_MATCH_DISTANCE,
    pdqMinQuality: PDQ_MIN_QUALITY,
    images: sortedForExport(images).map((image) => exportedImage(image, options.includeFileNames === true)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * One signal a line: `pdq <hash>` for each usable photo or frame hash, `video_md5 <md5>` for each
 * video, as python-threatexchange names them. Low-quality hashes are left out: they match noise.
 */
export function threatExchangeSignalList(images: readonly MyImageRecord[]): string {
  const lines = new Set<string>();
  for (const image of sortedForExport(images)) {
    for (const frame of image.pdq) if (frame.quality >= PDQ_MIN_QUALITY) lines.add(`pdq ${frame.hash.toLowerCase()}`);
    if (image.kind === 'video') lines.add(`video_md5 ${image.md5.toLowerCase()}`);
  }
  return lines.size ? `${[...lines].join('\n')}\n` : '';
}

function sortedForExport(images: readonly MyImageRecord[]): MyImageRecord[] {
  return [...images].sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
}

function exportedImage(image: MyImageRecord, withFileName: boolean): ExportedImage {
  return {
    kind: image.kind,
    md5: image.md5,
    sha256: image.sha256,
    ...(image.width === undefined ? {} : { width: image.width }),
    ...(image.height === undefined ? {} : { height: image.height }),
    pdq: image.pdq.map((frame, i) => {
      const views = image.dihedral[i];
      return {
        hash: frame.hash,
        quality: frame.quality,
        ...(frame.frameMs === undefined ? {} : { frameMs: frame.frameMs }),
        ...(views?.length === DIHEDRAL_VIEWS.length
          ? { dihedral: Object.fromEntries(DIHEDRAL_VIEWS.map((view, v) => [view, views[v]!])) as Record<DihedralView, string> }
          : {}),
      };
    }),
    ...(withFileName ? { fileName: image.label } : {}),
  };
}
