/**
 * What a copy of the page must not carry: anything that runs (scripts, event handlers,
 * javascript: links, a refresh), what only shows without scripts (<noscript>, which would
 * duplicate what the scripts drew), and the page's own charset, base and security policy,
 * which the snapshot sets itself. Works on the detached clone, never on the page.
 */

const REMOVED = 'script, noscript, base, meta[charset]';
const REMOVED_HTTP_EQUIV = new Set(['content-type', 'refresh', 'content-security-policy']);
/** Links that fetch or prepare things (scripts, other pages) rather than show the page. */
const REMOVED_LINKS = new Set(['preload', 'modulepreload', 'prefetch', 'prerender', 'preconnect', 'dns-prefetch', 'manifest', 'serviceworker']);

/** Compared by hand in lower case: an attribute selector's `i` flag is not understood everywhere. */
function removable(element: Element): boolean {
  if (element.localName === 'meta') return REMOVED_HTTP_EQUIV.has((element.getAttribute('http-equiv') ?? '').trim().toLowerCase());
  const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  return rel.some((token) => REMOVED_LINKS.has(token));
}

/** Attributes that take an address and would run it if it said javascript:. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];

/** What a browser ignores in an address (spaces, tabs, line breaks, control characters), so " java\tscript:" is seen. */
function withoutControls(value: string): string {
  return Array.from(value)
    .filter((character) => character.charCodeAt(0) > 0x20)
    .join('');
}

export function removeActiveContent(root: Element): void {
  for (const element of Array.from(root.querySelectorAll(REMOVED))) element.remove();
  for (const element of Array.from(root.querySelectorAll('meta[http-equiv], link[rel]'))) if (removable(element)) element.remove();
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) element.removeAttribute(attribute.name);
      else if (URL_ATTRIBUTES.includes(name) && /^javascript:/i.test(withoutControls(attribute.value))) {
        element.removeAttribute(attribute.name);
      }
    }
  }
  // A frame's address is kept; what it showed lives in its own document and is not copied. A
  // sandbox stops whatever it loads when the copy is opened from running scripts.
  for (const frame of Array.from(root.querySelectorAll('iframe, frame'))) {
    frame.removeAttribute('srcdoc');
    frame.setAttribute('sandbox', '');
  }
}

/**
 * What a person had typed or chosen in the page's fields, which lives in properties rather than
 * attributes and so is not cloned. A password is never copied.
 */
export function copyFieldValues(live: Element, copy: Element): void {
  const name = live.localName;
  if (name === 'input') {
    const input = live as HTMLInputElement;
    if (input.type === 'password' || input.type === 'file') copy.removeAttribute('value');
    else if (input.type === 'checkbox' || input.type === 'radio') copy.toggleAttribute('checked', input.checked);
    else copy.setAttribute('value', input.value);
  } else if (name === 'textarea') {
    copy.textContent = (live as HTMLTextAreaElement).value;
  } else if (name === 'option') {
    copy.toggleAttribute('selected', (live as HTMLOptionElement).selected);
  }
}
