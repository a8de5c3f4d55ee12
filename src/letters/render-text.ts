import type { LetterDocument } from './letter-document';
import { wrapText } from './wrap-text';

const WIDTH = 76;

/** Plain text for an email body or a text editor: 76 columns, numbered lists with hanging indents. */
export function renderText(document: LetterDocument): string {
  const out: string[] = [...wrapText(document.title, WIDTH), '='.repeat(Math.min(document.title.length, WIDTH))];
  for (const block of document.blocks) {
    out.push('');
    if (block.type === 'meta') {
      const pad = Math.max(...block.rows.map(([label]) => label.length)) + 2;
      for (const [label, value] of block.rows) out.push(...wrapRows(value, `${`${label}:`.padEnd(pad)}`, ' '.repeat(pad)));
    } else if (block.type === 'heading') {
      out.push(...wrapText(block.text, WIDTH), '-'.repeat(Math.min(block.text.length, WIDTH)));
    } else if (block.type === 'paragraph') {
      out.push(...wrapRows(block.text, '', ''));
    } else if (block.type === 'lines') {
      for (const line of block.lines) out.push(...wrapRows(line, '', ''));
    } else {
      const indent = ' '.repeat(`${block.items.length}. `.length);
      block.items.forEach((entries, index) => {
        entries.forEach((entry, row) => {
          const first = row === 0 ? `${index + 1}. `.padEnd(indent.length) : `${indent}`;
          out.push(...wrapRows(entry, first, indent));
        });
      });
    }
  }
  return `${out.join('\n')}\n`;
}

/** A value may hold line breaks (a postal address): each row wraps on its own, under one indent. */
function wrapRows(value: string, firstPrefix: string, restPrefix: string): string[] {
  return value.split('\n').flatMap((row, index) => wrapText(row, WIDTH, index === 0 ? firstPrefix : restPrefix, restPrefix));
}
