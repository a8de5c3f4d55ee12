import { escapeHtml } from '../shared/escape-html';

/** Paths we built ourselves (no spaces, no quotes), percent-encoded for src attributes. */
export function escapePath(path: string): string {
  return escapeHtml(path.split('/').map(encodeURIComponent).join('/'));
}
