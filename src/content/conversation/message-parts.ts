import { toIso } from '../../platforms/dom';

/** Media addresses kept per message; a page must not make one message hold thousands. */
const MAX_MEDIA = 20;

// Small DOM helpers the chat readers share. They read attributes and textContent only
// (innerText forces layout on every call, and a conversation can hold thousands of messages).

/** Text with runs of whitespace collapsed, or '' for nothing. */
export function textIn(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first non-empty text among these selectors inside `root`. */
export function firstText(root: Element | Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const found = textIn(root.querySelector(selector));
    if (found) return found;
  }
  return undefined;
}

/**
 * Absolute addresses of these attributes on matching elements, in page order, once each. blob:
 * addresses are kept: they cannot be fetched later, but they show that the message held media.
 */
export function mediaIn(root: Element, selector: string, base: URL, attributes = ['src', 'href', 'poster']): string[] {
  const out = new Set<string>();
  for (const element of root.querySelectorAll(selector)) {
    for (const name of attributes) {
      const value = element.getAttribute(name)?.trim();
      if (!value || out.size >= MAX_MEDIA) continue;
      try {
        const address = new URL(value, base);
        if (['http:', 'https:', 'blob:'].includes(address.protocol)) out.add(address.href);
      } catch {
        // not an address
      }
    }
  }
  return [...out];
}

/** An ISO date-time when the value is one (or Unix seconds), else the text as the page shows it. */
export function claimedTime(machine: string | null | undefined, shown?: string): string | undefined {
  return toIso(machine ?? undefined) ?? (machine?.trim() || shown || undefined);
}

/**
 * A key for a message the page gives no id, from what survives a re-render. Leave out what the
 * page shows only once per group (a time separator, a sender header): it depends on whether the
 * group's first message is loaded yet.
 */
export function contentKey(...parts: Array<string | undefined>): string {
  return ['c', ...parts.map((part) => part ?? '')].join('\u001f');
}

/** `{claimedTime}` when the page gave one, so an absent time stays absent rather than undefined. */
export function timeField(time: string | undefined): { claimedTime?: string } {
  return time ? { claimedTime: time } : {};
}
