/**
 * Wraps at word boundaries to `width` columns; a single word longer than that (a URL, a hash) keeps
 * its own line unbroken, because a broken URL no longer works when pasted.
 */
export function wrapText(text: string, width: number, firstPrefix = '', restPrefix = firstPrefix): string[] {
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  for (const word of text.split(' ').filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = restPrefix + word;
    } else {
      line += empty ? word : ` ${word}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
