const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Pages are hostile: titles, URLs and post text can hold markup, so every string goes through here. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Paths we built ourselves (no spaces, no quotes), percent-encoded for src attributes. */
export function escapePath(path: string): string {
  return escapeHtml(path.split('/').map(encodeURIComponent).join('/'));
}
