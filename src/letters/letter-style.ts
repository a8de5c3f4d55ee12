/** Inline, so the letter opens offline and prints the same everywhere. */
export const LETTER_CSS = `
body{font:11pt/1.5 Georgia,"Times New Roman",serif;color:#1d1d1f;max-width:44rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.35rem;margin:0 0 1rem}h2{font-size:1.05rem;margin:1.4rem 0 .4rem}
p,li,td,th{overflow-wrap:anywhere}table.meta{border-collapse:collapse;margin:0 0 1rem}
table.meta th{text-align:left;font-weight:600;padding:.1rem 1rem .1rem 0;vertical-align:top}table.meta td{padding:.1rem 0}
ol{padding-left:1.6rem}li{margin:.4rem 0}
mark.fill{background:#fff3bf;border:1px dashed #b08900;padding:0 .2rem}
@page{size:A4;margin:18mm 16mm}
@media print{body{margin:0;max-width:none}mark.fill{background:none}}
`;
