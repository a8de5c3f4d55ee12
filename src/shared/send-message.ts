import browser from 'webextension-polyfill';
import { deserializeError } from './errors';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './messages';

/** Sends a typed message to the background and rethrows its error here, intact. */
export async function sendMessage<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { preserve: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new Error('Preserve did not answer. Please try again.');
  if (!reply.ok) throw deserializeError(reply.error);
  return reply.value;
}
