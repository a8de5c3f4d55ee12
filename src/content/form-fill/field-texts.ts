import type { FieldEvidence, TextSource } from './classify-field';

type Control = HTMLInputElement | HTMLTextAreaElement;

const CONTROLS = 'input, textarea, select, button';
const MAX_TEXT = 300;

/** Visible words of a node, without the words of any control inside it (a wrapping label's select). */
function wordsOf(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (element.matches(`${CONTROLS}, script, style, template`)) return '';
  if (element.getAttribute('aria-hidden') === 'true') return '';
  let text = '';
  for (const child of Array.from(element.childNodes)) text += ` ${wordsOf(child)}`;
  return text;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

function labelledBy(control: Control): string {
  const ids = control.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => wordsOf(control.ownerDocument.getElementById(id) ?? control.ownerDocument.createTextNode(''))).join(' ');
}

/**
 * The words just before the field inside its own container: a question written above a box, a
 * legend of a fieldset holding only this field. Stops at another control, whose words are its own.
 */
function nearbyText(control: Control): string {
  let node: Element | null = control;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === 1 && (sibling as Element).querySelector(CONTROLS)) return '';
      if (sibling.nodeType === 1 && (sibling as Element).matches(CONTROLS)) return '';
      const text = clean(wordsOf(sibling));
      if (text) return text;
    }
    const fieldset = node.parentElement?.closest('fieldset');
    if (fieldset && fieldset.querySelectorAll('input:not([type=hidden]), textarea, select').length === 1) {
      const legend = clean(fieldset.querySelector('legend')?.textContent);
      if (legend) return legend;
    }
  }
  return '';
}

/** Everything a person (or a screen reader) could read about the field, most trusted first. */
export function fieldEvidence(control: Control): FieldEvidence {
  const texts: FieldEvidence['texts'] = [];
  const add = (source: TextSource, text: string | null | undefined) => {
    const value = clean(text);
    if (value && !texts.some((entry) => entry.text === value)) texts.push({ source, text: value });
  };
  add('aria', labelledBy(control));
  for (const label of Array.from(control.labels ?? [])) add('label', wordsOf(label));
  add('aria', control.getAttribute('aria-label'));
  add('placeholder', control.getAttribute('placeholder'));
  add('title', control.getAttribute('title'));
  if (!texts.some((entry) => entry.source === 'label' || entry.source === 'aria')) add('nearby', nearbyText(control));
  const isTextarea = control.localName === 'textarea';
  const evidence: FieldEvidence = {
    tag: isTextarea ? 'textarea' : 'input',
    type: isTextarea ? 'textarea' : (control.getAttribute('type') || 'text').toLowerCase(),
    texts,
  };
  const name = control.getAttribute('name');
  if (name) evidence.name = name;
  const autocomplete = control.getAttribute('autocomplete');
  if (autocomplete) evidence.autocomplete = autocomplete;
  return evidence;
}
