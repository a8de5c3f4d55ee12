const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Mirrors src/bundle/html.ts, which letters may not import: names, URLs and descriptions are typed
// by people or copied from hostile pages, so every one goes through here.
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
