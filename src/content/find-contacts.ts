import type { FoundContact } from '../shared/found-contacts';

/*
 * Finding an unknown site's abuse or removal contacts, the way a person would: links whose text or
 * address says report, abuse, DMCA, copyright, takedown, removal or contact; mailto: addresses; and
 * the `Contact:` lines of the site's security.txt (RFC 9116). What the page says is a claim: the
 * panel shows each as found, with the "could not confirm" caveat.
 */

const WORDS = /\b(?:report|abuse|dmca|copyright|take ?down|removal|remove content|contact)\b/i;
const EMAIL = /^[^\s@<>()"',;:]+@[a-z0-9.-]+\.[a-z]{2,}$/i;
const MAX_CONTACTS = 12;
const MAX_LABEL = 120;

const clip = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_LABEL ? `${clean.slice(0, MAX_LABEL - 1)}…` : clean;
};

function emailFromMailto(href: string): string | null {
  const address = decodeSafe(href.replace(/^mailto:/i, '').split('?')[0] ?? '');
  return EMAIL.test(address) ? address : null;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function httpUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Report/abuse/contact links and mailto: addresses in the page, abuse addresses first, each once. */
export function contactsFromDocument(doc: Document, base: string): FoundContact[] {
  const emails: FoundContact[] = [];
  const links: FoundContact[] = [];
  const seen = new Set<string>();
  for (const anchor of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = anchor.getAttribute('href') ?? '';
    const text = clip(anchor.textContent ?? '') || clip(anchor.getAttribute('aria-label') ?? '');
    if (/^mailto:/i.test(href)) {
      const email = emailFromMailto(href);
      if (!email || seen.has(email.toLowerCase())) continue;
      seen.add(email.toLowerCase());
      emails.push({ source: 'mailto', label: email, email });
      continue;
    }
    const url = httpUrl(href, base);
    if (!url || seen.has(url) || !(WORDS.test(text) || WORDS.test(new URL(url).pathname.replace(/[-_/]/g, ' ')))) continue;
    seen.add(url);
    links.push({ source: 'link', label: text || new URL(url).pathname, url });
  }
  // abuse@ and dmca@ addresses are the ones meant for this; then links; then other addresses.
  const meant = (contact: FoundContact) => /^(?:abuse|dmca|copyright|legal|report)/i.test(contact.email ?? '');
  return [...emails.filter(meant), ...links, ...emails.filter((contact) => !meant(contact))].slice(0, MAX_CONTACTS);
}

/** The `Contact:` lines of a security.txt: mailto:, https: or tel: (RFC 9116 §2.5.3). */
export function contactsFromSecurityTxt(text: string, base: string): FoundContact[] {
  const found: FoundContact[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^contact:\s*(\S+)\s*$/i.exec(line);
    if (!match?.[1]) continue;
    const value = match[1];
    if (/^mailto:/i.test(value)) {
      const email = emailFromMailto(value);
      if (email) found.push({ source: 'security.txt', label: clip(value), email });
    } else {
      const url = httpUrl(value, base);
      if (url?.startsWith('https:')) found.push({ source: 'security.txt', label: clip(value), url });
    }
    if (found.length >= 4) break;
  }
  return found;
}
