import { escapeHtml } from '../shared/escape-html';
import type { LetterDocument } from './letter-document';
import { LETTER_CSS } from './letter-style';
import { FILL_IN } from './letter-text';

// Nothing may load or run: the letter is opened from disk or a bundle, next to evidence.
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** A printable page holding exactly what the text holds; every value is escaped. */
export function renderHtml(document: LetterDocument): string {
  const body = document.blocks.map((block) => {
    if (block.type === 'meta') {
      const rows = block.rows.map(([label, value]) => `<tr><th>${inline(label)}:</th><td>${inline(value)}</td></tr>`);
      return `<table class="meta">${rows.join('')}</table>`;
    }
    if (block.type === 'heading') return `<h2>${inline(block.text)}</h2>`;
    if (block.type === 'paragraph') return `<p>${inline(block.text)}</p>`;
    if (block.type === 'lines') return `<p>${block.lines.map(inline).join('<br>')}</p>`;
    return `<ol>${block.items.map((entries) => `<li>${entries.map(inline).join('<br>')}</li>`).join('')}</ol>`;
  });
  return `<!doctype html>
<html lang="${document.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>${LETTER_CSS}</style>
</head>
<body>
<article>
<h1>${inline(document.title)}</h1>
${body.join('\n')}
</article>
</body>
</html>
`;
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(FILL_IN, (match) => `<mark class="fill">${match}</mark>`)
    .replace(/\n/g, '<br>');
}
