/**
 * Inline, so the binder opens offline and prints the same everywhere. Printed: the cover, the
 * incident log, then one capture per sheet with its screenshot fitted to the page; the contents
 * list is for the screen only (its links do nothing on paper).
 */
export const REPORT_CSS = `
body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin:.2rem 0}h2{font-size:1.25rem;margin:.6rem 0}h3{font-size:1rem;margin:1rem 0 .3rem}
.banner{border:1px solid #b8c4d6;background:#f2f6fb;border-radius:6px;padding:.6rem .9rem;margin:1rem 0}
.platform{border-color:#d6b8b8;background:#fbf2f2}
table{border-collapse:collapse;width:100%;margin:.3rem 0}th,td{border:1px solid #d0d0d5;padding:.25rem .45rem;text-align:left;vertical-align:top}
th{width:30%;font-weight:600;background:#f6f6f8}.facts td,.log td{overflow-wrap:anywhere}
code,.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
.page-head{display:flex;flex-direction:column;gap:.1rem;border-bottom:1px solid #999;padding-bottom:.3rem;font-size:.85em;color:#444}
figure{margin:.6rem 0}img{max-width:100%;max-height:55vh;border:1px solid #ccc}figcaption,.small{font-size:.85em;color:#555}
.toc ol{columns:2}.files{padding-left:1.2rem}
section{margin-top:2rem}.request{margin-top:1.2rem}h4{font-size:.95rem;margin:.6rem 0 .2rem}
.letter-text{white-space:pre-wrap;overflow-wrap:anywhere;font:10.5pt/1.4 ui-monospace,Menlo,Consolas,monospace;border:1px solid #d0d0d5;padding:.6rem}
.segment-figure{margin:.8rem 0}img.segment{width:100%;max-height:none}
.segment-slices{border:1px solid #ccc}.slice{position:relative;overflow:hidden;width:100%}
.slice img{position:absolute;left:0;width:100%;max-width:none;max-height:none;border:0}
.log-entry{margin:.8rem 0}.log-entry h3{margin:.2rem 0}.log-entry td{overflow-wrap:anywhere;white-space:normal}
.coverage{border-left:3px solid #6b8fb8;padding-left:.5rem}.coverage.incomplete{border-left-color:#c77d00}
.tiles th,.thread th{width:auto}.tiles,.thread{font-size:.85em}.message-text{white-space:pre-wrap;overflow-wrap:anywhere}
.thread td{overflow-wrap:anywhere}.outgoing td{background:#f1f1f4}.media-thumb{display:block;max-height:45mm;margin:.3rem 0}
@page{size:A4;margin:14mm 12mm}
@media print{body{margin:0;max-width:none}section{margin-top:0}.capture,.log-section,.toc,.requests-section,.tracker-section,.letter,.letters-section{break-before:page}
.request,.log-entry{break-inside:avoid-page}
.toc{display:none}.capture>figure img{max-height:180mm;width:auto}
img{max-height:120mm}.slice,.media-item,.segment-figure figcaption{break-inside:avoid-page}img.segment{width:auto;max-height:250mm}
.slice img{max-height:none}.media-thumb{max-height:45mm}a{color:inherit;text-decoration:none}.page-head{position:static}}
`;
