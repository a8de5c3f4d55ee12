import browser from 'webextension-polyfill';
import findContactsScript from '../content/find-contacts.iife.ts?iife';
import { parseHttpUrl } from '../platforms/match-url';
import { UserFacingError } from '../shared/errors';
import { t } from '../shared/i18n';
import type { FoundContact } from '../shared/found-contacts';
import type { RequestOf, ResponseOf } from '../shared/messages';

const MAX_CONTACTS = 16;

/** Keeps only well-formed answers: the page's world could have replaced the finder's function. */
function cleanContacts(answer: unknown): FoundContact[] {
  if (!Array.isArray(answer)) return [];
  const out: FoundContact[] = [];
  for (const item of answer.slice(0, MAX_CONTACTS) as Partial<FoundContact>[]) {
    if (!item || typeof item.label !== 'string' || !['link', 'mailto', 'security.txt'].includes(item.source as string)) continue;
    const contact: FoundContact = { source: item.source as FoundContact['source'], label: item.label.slice(0, 120) };
    if (typeof item.url === 'string' && parseHttpUrl(item.url)) contact.url = item.url;
    if (typeof item.email === 'string' && item.email.length < 200) contact.email = item.email;
    if (contact.url || contact.email) out.push(contact);
  }
  return out;
}

export const contactHandlers = {
  /** A host Preserve does not know: its abuse contacts as the page shows them (activeTab, on the person's click). */
  'takedown.findContacts': async ({ tabId }: RequestOf<'takedown.findContacts'>): Promise<ResponseOf<'takedown.findContacts'>> => {
    const tab = await browser.tabs.get(tabId);
    const url = parseHttpUrl(tab.url ?? '');
    if (!url) throw new UserFacingError(t('errors_contacts_not_web_page'), 'not-a-web-page');
    await browser.scripting.executeScript({ target: { tabId }, files: [findContactsScript] });
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => (globalThis as unknown as { __preserveFindContacts?: () => Promise<unknown> }).__preserveFindContacts?.() ?? null,
    });
    return { url: url.href, contacts: cleanContacts(result?.result) };
  },
};
