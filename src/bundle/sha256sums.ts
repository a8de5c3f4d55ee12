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

/**
 * Reads SHA256SUMS as Preserve writes it, and nothing looser: a line `sha256sum -c` would read
 * differently from us (escaped names, binary markers, CR, upper case) or twice is a problem, so
 * the file a recipient checks by hand is the file we checked.
 */
export function parseSha256Sums(text: string): { lines: Sha256SumsLine[]; problems: string[] } {
  const lines: Sha256SumsLine[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  if (text.length > 0 && !text.endsWith('\n')) problems.push('does not end with a line break');
  const rows = text.split('\n');
  if (rows.at(-1) === '') rows.pop();
  for (const [index, line] of rows.entries()) {
    const match = /^([0-9a-f]{64}) {2}([^\\\r\n]+)$/.exec(line);
    if (!match?.[1] || !match[2]) {
      problems.push(`line ${index + 1} is not "<64 hex digits>  <file name>"`);
      continue;
    }
    if (seen.has(match[2])) problems.push(`lists ${match[2]} twice`);
    seen.add(match[2]);
    lines.push({ sha256: match[1], path: match[2] });
  }
  return { lines, problems };
}
