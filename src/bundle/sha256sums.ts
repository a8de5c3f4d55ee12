import type { Sha256Hex } from '../shared/hash';

/**
 * coreutils format: "<hex>  <path>" (two spaces = text mode, which on Unix reads bytes as-is).
 * Our paths never hold a backslash or newline, so no escaped lines are needed.
 */
export function formatSha256Sums(files: readonly { path: string; sha256: Sha256Hex }[]): string {
  return files.map((file) => `${file.sha256}  ${file.path}\n`).join('');
}

export interface Sha256SumsLine {
  path: string;
  sha256: Sha256Hex;
}

/** Accepts both text ("  ") and binary (" *") markers; returns the lines it could not read. */
export function parseSha256Sums(text: string): { lines: Sha256SumsLine[]; bad: string[] } {
  const lines: Sha256SumsLine[] = [];
  const bad: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (match) lines.push({ sha256: match[1], path: match[2] });
    else bad.push(line);
  }
  return { lines, bad };
}
