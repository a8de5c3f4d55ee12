import browser, { type Runtime } from 'webextension-polyfill';
import { serializeError, UserFacingError } from '../shared/errors';
import { type MessageKey, t } from '../shared/i18n';
import { isEnvelope, type MessageType, type ProtocolMap, type Reply, type RequestOf, type ResponseOf, type SenderRule } from '../shared/messages';
import { captureHandlers } from './capture-handlers';
import { contactHandlers } from './contact-handlers';
import { formHandlers } from './form-handlers';
import { lockHandlers } from './lock-handlers';
import { noteHandlers } from './note-handlers';
import { privacyHandlers } from './privacy-handlers';
import { takedownHandlers } from './takedown-handlers';
import { findingHandlers } from './finding-handlers';
import { workspaceHandlers } from './workspace-handlers';

type Handlers = { [T in MessageType]: (payload: RequestOf<T>, sender: Runtime.MessageSender) => Promise<ResponseOf<T>> };

const handlers: Handlers = {
  ...captureHandlers,
  ...noteHandlers,
  ...privacyHandlers,
  ...lockHandlers,
  ...formHandlers,
  ...takedownHandlers,
  ...contactHandlers,
  ...workspaceHandlers,
  ...findingHandlers,
};

/** Who may send each message. A type missing here is refused whoever sends it. */
export const SENDER_RULES: { readonly [T in MessageType]: ProtocolMap[T]['from'] } = {
  'page.describe': 'extension-page',
  'capture.take': 'extension-page',
  'capture.progress': 'extension-page',
  'capture.cancel': 'extension-page',
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
  'takedown.saveProfile': 'extension-page',
  'takedown.openForm': 'extension-page',
  'takedown.fill': 'extension-page',
  'takedown.sent': 'extension-page',
  'takedown.record': 'extension-page',
  'tracker.setStatus': 'extension-page',
  'letter.save': 'extension-page',
  'takedown.findContacts': 'extension-page',
  'case.create': 'extension-page',
  'case.rename': 'extension-page',
  'case.archive': 'extension-page',
  'case.delete': 'extension-page',
  'case.setActive': 'extension-page',
  'case.moveCapture': 'extension-page',
  'plan.setStep': 'extension-page',
  'assessment.save': 'extension-page',
  'incident.save': 'extension-page',
  'incident.delete': 'extension-page',
  'person.save': 'extension-page',
  'person.delete': 'extension-page',
  'images.add': 'extension-page',
  'images.delete': 'extension-page',
  'images.findOnPage': 'extension-page',
  'monitor.configure': 'extension-page',
  'monitor.checkNow': 'extension-page',
};

/** Only Preserve's own pages (popup, options) may read or change evidence. */
function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/**
 * Whether `sender` may send a message of `type`. Own properties only: `in` or a plain lookup would
 * find `constructor`, `toString` or `__proto__` on every object, with no rule for them.
 */
export function senderMayAsk(type: string, sender: Runtime.MessageSender): boolean {
  if (!Object.hasOwn(SENDER_RULES, type)) return false;
  const rule: SenderRule = SENDER_RULES[type as MessageType];
  switch (rule) {
    case 'extension-page':
      return isExtensionPage(sender);
    default:
      return false;
  }
}

/**
 * The pure parts (crypto) cannot reach browser.i18n, so their sentences are English at the source;
 * the ones a person meets are put into the page's language here, by their code.
 */
const PURE_PART_ERRORS: Readonly<Record<string, MessageKey>> = {
  'wrong-passphrase': 'errors_wrong_passphrase',
  'envelope-open-failed': 'errors_envelope_open_failed',
};

function inPageLanguage(error: unknown): unknown {
  if (!(error instanceof UserFacingError) || !Object.hasOwn(PURE_PART_ERRORS, error.code)) return error;
  return new UserFacingError(t(PURE_PART_ERRORS[error.code]!), error.code);
}

export async function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply | undefined> {
  if (!isEnvelope(message)) return undefined;
  try {
    const { type, payload } = message;
    if (!Object.hasOwn(handlers, type)) throw new UserFacingError(t('errors_unknown_message'), 'unknown-message');
    if (!senderMayAsk(type, sender)) {
      throw new UserFacingError(t('errors_sender_refused'), 'sender-refused');
    }
    const handler = handlers[type as MessageType] as (payload: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
    return { ok: true, value: (await handler(payload, sender)) as ResponseOf<MessageType> };
  } catch (error) {
    return { ok: false, error: serializeError(inPageLanguage(error)) };
  }
}
