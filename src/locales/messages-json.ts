import { placeholderNames } from '.';

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A catalogue as the browser's _locales/<lang>/messages.json: {name} becomes $name$ with a
 * placeholder numbered in sorted-name order (src/shared/i18n.ts passes values in that order), and a
 * literal $ is doubled, as the format asks.
 */
export function toMessagesJson(catalogue: Readonly<Record<string, string>>): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, text] of Object.entries(catalogue)) {
    const names = placeholderNames(text);
    const message = text.replaceAll('$', '$$$$').replace(/\{([a-z][a-zA-Z0-9]*)\}/g, (_whole, name: string) => `$${name}$`);
    out[key] = names.length ? { message, placeholders: Object.fromEntries(names.map((name, index) => [name, { content: `$${index + 1}` }])) } : { message };
  }
  return out;
}
