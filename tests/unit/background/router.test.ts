import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const EXTENSION_ID = 'preserveextensionid';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

vi.mock('webextension-polyfill', () => ({
  default: { runtime: { id: 'preserveextensionid', getURL: (path: string) => `chrome-extension://preserveextensionid/${path}` } },
}));

// The real handler tables, each handler replaced by a spy: the router's decisions are under test,
// and a refused message must never reach its handler.
const spyAll = (table: Record<string, unknown>) => Object.fromEntries(Object.keys(table).map((type) => [type, vi.fn(async () => `handled ${type}`)]));
vi.mock('../../../src/background/capture-handlers', async (original) => ({
  captureHandlers: spyAll((await original<typeof import('../../../src/background/capture-handlers')>()).captureHandlers),
}));
vi.mock('../../../src/background/note-handlers', async (original) => ({
  noteHandlers: spyAll((await original<typeof import('../../../src/background/note-handlers')>()).noteHandlers),
}));
vi.mock('../../../src/background/privacy-handlers', async (original) => ({
  privacyHandlers: spyAll((await original<typeof import('../../../src/background/privacy-handlers')>()).privacyHandlers),
}));
vi.mock('../../../src/background/form-handlers', async (original) => ({
  formHandlers: spyAll((await original<typeof import('../../../src/background/form-handlers')>()).formHandlers),
}));
vi.mock('../../../src/background/takedown-handlers', async (original) => ({
  takedownHandlers: spyAll((await original<typeof import('../../../src/background/takedown-handlers')>()).takedownHandlers),
}));
vi.mock('../../../src/background/contact-handlers', async (original) => ({
  contactHandlers: spyAll((await original<typeof import('../../../src/background/contact-handlers')>()).contactHandlers),
}));
vi.mock('../../../src/background/lock-handlers', async (original) => ({
  lockHandlers: spyAll((await original<typeof import('../../../src/background/lock-handlers')>()).lockHandlers),
}));
vi.mock('../../../src/background/workspace-handlers', async (original) => ({
  workspaceHandlers: spyAll((await original<typeof import('../../../src/background/workspace-handlers')>()).workspaceHandlers),
}));
vi.mock('../../../src/background/finding-handlers', async (original) => ({
  findingHandlers: spyAll((await original<typeof import('../../../src/background/finding-handlers')>()).findingHandlers),
}));

const { handleMessage, senderMayAsk, SENDER_RULES } = await import('../../../src/background/router');
const handlerTables = [
  (await import('../../../src/background/capture-handlers')).captureHandlers,
  (await import('../../../src/background/note-handlers')).noteHandlers,
  (await import('../../../src/background/privacy-handlers')).privacyHandlers,
  (await import('../../../src/background/lock-handlers')).lockHandlers,
  (await import('../../../src/background/form-handlers')).formHandlers,
  (await import('../../../src/background/takedown-handlers')).takedownHandlers,
  (await import('../../../src/background/contact-handlers')).contactHandlers,
  (await import('../../../src/background/workspace-handlers')).workspaceHandlers,
  (await import('../../../src/background/finding-handlers')).findingHandlers,
] as unknown as Record<string, ReturnType<typeof vi.fn>>[];
const spies = Object.assign({}, ...handlerTables) as Record<string, ReturnType<typeof vi.fn>>;

const optionsPage: Runtime.MessageSender = {
  id: EXTENSION_ID,
  url: `${ORIGIN}src/options/index.html`,
  tab: { id: 3 } as NonNullable<Runtime.MessageSender['tab']>,
};
const popup: Runtime.MessageSender = { id: EXTENSION_ID, url: `${ORIGIN}src/popup/index.html` };
/** Preserve's own content script: its id is Preserve's, its url is the page it runs in. */
const contentScript: Runtime.MessageSender = {
  id: EXTENSION_ID,
  url: 'https://evil.example/post',
  tab: { id: 7 } as NonNullable<Runtime.MessageSender['tab']>,
  frameId: 0,
};
const webPage: Runtime.MessageSender = { url: 'https://evil.example/' };
const otherExtension: Runtime.MessageSender = { id: 'someotherextension', url: 'chrome-extension://someotherextension/page.html' };
/** A page of another extension dressed with Preserve's path: only the id proves where it came from. */
const lookAlike: Runtime.MessageSender = { id: 'someotherextension', url: `${ORIGIN}src/options/index.html` };

const types = Object.keys(SENDER_RULES);
const send = (type: string, sender: Runtime.MessageSender) => handleMessage({ preserve: 1, type, payload: {} }, sender);

beforeEach(() => {
  for (const spy of Object.values(spies)) spy.mockClear();
});

describe('the router', () => {
  it('has a sender rule for exactly the types it has handlers for', () => {
    expect(types.sort()).toEqual(Object.keys(spies).sort());
    expect(types.length).toBeGreaterThan(10);
  });

  it.each([
    ['a content script', contentScript],
    ['a web page', webPage],
    ['another extension', otherExtension],
    ['a look-alike url', lookAlike],
  ])('refuses every extension-page-only request from %s, before its handler runs', async (_, sender) => {
    const extensionPageOnly = types.filter((type) => SENDER_RULES[type as keyof typeof SENDER_RULES] === 'extension-page');
    expect(extensionPageOnly).toEqual(types);
    for (const type of extensionPageOnly) {
      expect(await send(type, sender), type).toEqual({ ok: false, error: expect.objectContaining({ code: 'sender-refused' }) });
    }
    expect(Object.values(spies).every((spy) => spy.mock.calls.length === 0)).toBe(true);
  });

  it('passes every request from Preserve’s own pages to its handler (the control for the refusals)', async () => {
    for (const type of types) {
      expect(await send(type, optionsPage)).toEqual({ ok: true, value: `handled ${type}` });
      expect(spies[type]).toHaveBeenCalledTimes(1);
    }
    expect(await send('capture.take', popup)).toEqual({ ok: true, value: 'handled capture.take' });
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'])(
    'refuses the inherited name %s as unknown, even from Preserve’s own pages',
    async (type) => {
      const reply = await send(type, optionsPage);
      expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown-message' }) });
      expect(senderMayAsk(type, optionsPage)).toBe(false);
    },
  );

  it('refuses a type with no sender rule whoever sends it', () => {
    expect(senderMayAsk('case.merge', optionsPage)).toBe(false);
    expect(senderMayAsk('capture.take', optionsPage)).toBe(true);
  });

  it('ignores what is not a Preserve envelope, so other listeners may answer it', async () => {
    expect(await handleMessage('wake', optionsPage)).toBeUndefined();
    expect(await handleMessage({ preserve: 2, type: 'capture.take' }, optionsPage)).toBeUndefined();
    expect(await handleMessage({ preserve: 1, type: 42 }, optionsPage)).toBeUndefined();
  });

  it('puts a pure part’s error into the page’s language by its code', async () => {
    const { WrongPassphraseError } = await import('../../../src/crypto/crypto-errors');
    const { CATALOGUES } = await import('../../../src/locales');
    const scope = globalThis as unknown as { chrome: { i18n: unknown } };
    const english = scope.chrome.i18n;
    scope.chrome.i18n = { getUILanguage: () => 'es', getMessage: (key: string) => (CATALOGUES.es as Record<string, string>)[key] ?? '' };
    try {
      spies['lock.unlock']!.mockRejectedValueOnce(new WrongPassphraseError());
      const reply = await send('lock.unlock', optionsPage);
      expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'wrong-passphrase', message: CATALOGUES.es.errors_wrong_passphrase }) });
    } finally {
      scope.chrome.i18n = english;
    }
  });
});
