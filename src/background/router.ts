import browser, { type Runtime } from 'webextension-polyfill';
import { serializeError, UserFacingError } from '../shared/errors';
import { isEnvelope, type Envelope, type MessageType, type ProtocolMap, type Reply, type RequestOf, type ResponseOf } from '../shared/messages';
import { captureHandlers } from './capture-handlers';
import { lockHandlers } from './lock-handlers';
import { noteHandlers } from './note-handlers';
import { privacyHandlers } from './privacy-handlers';

type Handlers = { [T in MessageType]: (payload: RequestOf<T>, sender: Runtime.MessageSender) => Promise<ResponseOf<T>> };

const handlers: Handlers = { ...captureHandlers, ...noteHandlers, ...privacyHandlers, ...lockHandlers };

const ALLOWED_SENDERS: { [T in MessageType]: ProtocolMap[T]['from'] } = {
  'page.describe': 'extension-page',
  'capture.take': 'extension-page',
  'note.add': 'extension-page',
  'privacy.quickExit': 'extension-page',
  'settings.update': 'extension-page',
  'export.recorded': 'extension-page',
  'lock.status': 'extension-page',
  'lock.enable': 'extension-page',
  'lock.unlock': 'extension-page',
  'lock.lock': 'extension-page',
  'lock.changePassphrase': 'extension-page',
  'lock.setIdleMinutes': 'extension-page',
};

/** Only Preserve's own pages (popup, options) may read or change evidence. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply | undefined> {
  if (!isEnvelope(message)) return undefined;
  try {
    const envelope = message as Envelope;
    if (!(envelope.type in handlers)) throw new UserFacingError(`Unknown request ${envelope.type}.`, 'unknown-message');
    if (ALLOWED_SENDERS[envelope.type] === 'extension-page' && !isExtensionPage(sender)) {
      throw new UserFacingError('This request is only accepted from Preserve’s own pages.', 'sender-refused');
    }
    const handler = handlers[envelope.type] as (payload: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
    return { ok: true, value: (await handler(envelope.payload, sender)) as ResponseOf<MessageType> };
  } catch (error) {
    return { ok: false, error: serializeError(error) };
  }
}
