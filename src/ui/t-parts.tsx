import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import { type MessageKey, t } from '../shared/i18n';

// A private-use character no catalogue text contains marks where each element goes.
const MARK = '\uE000';

/**
 * A sentence with a link or emphasis inside it, kept as ONE message so each language can put the
 * element where its grammar wants: "… in {settings}: …" becomes text, the element, text. Never
 * build a sentence from separately translated fragments.
 */
export function tParts(key: MessageKey, elements: Readonly<Record<string, ComponentChildren>>): ComponentChildren[] {
  const marked = t(key, Object.fromEntries(Object.keys(elements).map((name) => [name, `${MARK}${name}${MARK}`])));
  return marked
    .split(MARK)
    .map((piece, index) => (index % 2 === 1 && Object.hasOwn(elements, piece) ? <Fragment key={index}>{elements[piece]}</Fragment> : piece));
}
