import { toCsv } from './csv';
import type { BundleSummary } from './types';

const LEFT_OUT = '(left out of the platform copy)';

export function capturesCsv(summary: BundleSummary): string {
  const header = [
    'Capture',
    'Capture id',
    'Captured at (UTC)',
    'Captured at (local)',
    'Time zone',
    'Tab address (browser)',
    'Tab title (set by the page)',
    'Page title (page claimed)',
    'Platform (page claimed)',
    'Post id (page claimed)',
    'Author (page claimed)',
    'Published at (page claimed)',
    'Page address (page claimed)',
    'Folder',
    'Screenshot file',
    'Screenshot SHA-256 (original)',
    'Record SHA-256',
    'Previous record SHA-256',
    'Imported from',
    'Notes',
  ];
  const rows = summary.captures.map(({ record, json, folder, notes }) => {
    // The visible screenshot, whatever else the capture holds (tiles and media are images too).
    const original = record.artifacts.find((artifact) => artifact.kind === 'screenshot');
    const image = original && json.files.find((file) => file.artifactId === original.id);
    const post = record.claimed?.post;
    return [
      json.number,
      record.id,
      record.observed.capturedAt,
      record.observed.capturedAtLocal,
      record.observed.timeZone,
      record.observed.tabUrl,
      record.observed.tabTitle,
      record.claimed?.documentTitle,
      record.claimed?.platform?.platform.name,
      post?.postId,
      [post?.author?.name, post?.author?.handle].filter(Boolean).join(' '),
      post?.publishedAt,
      record.claimed?.locationHref,
      `${folder}/`,
      image?.path,
      original?.sha256,
      record.recordHash,
      record.prevHash,
      record.imported ? `${record.imported.bundleName} (exported ${record.imported.exportedAt})` : '',
      summary.copy === 'platform' ? LEFT_OUT : notes.map((note) => note.text).join('\n\n'),
    ];
  });
  return toCsv(header, rows);
}
