import * as v from 'valibot';

/**
 * A conversation's thread.json, read only to show it (the report's table, the options page's list).
 * The file is kept and hashed byte for byte whatever it holds; this reading is lenient about fields
 * it does not know and strict about sizes, because the words in it came from a web page.
 */
const Text = v.pipe(v.string(), v.maxLength(100_000));
const maybe = v.exactOptional;

const Message = v.looseObject({
  sender: maybe(Text),
  senderId: maybe(Text),
  outgoing: maybe(v.boolean()),
  claimedTime: maybe(Text),
  text: maybe(Text),
  media: maybe(v.pipe(v.array(Text), v.maxLength(1_000))),
});

const Thread = v.looseObject({
  platform: maybe(v.union([Text, v.looseObject({ name: maybe(Text) })])),
  url: maybe(Text),
  otherAccount: maybe(v.looseObject({ name: maybe(Text), handle: maybe(Text), id: maybe(Text) })),
  messages: v.pipe(v.array(Message), v.maxLength(100_000)),
  complete: maybe(v.boolean()),
  stoppedBecause: maybe(Text),
});

export interface ThreadMessageView {
  sender: string;
  senderId?: string;
  outgoing: boolean;
  claimedTime?: string;
  text: string;
  media: string[];
}

export interface ThreadView {
  platform?: string;
  url?: string;
  otherAccount?: { name?: string; handle?: string; id?: string };
  messages: ThreadMessageView[];
  complete?: boolean;
  stoppedBecause?: string;
}

/** The thread as the page showed it, or null when the bytes are not a thread this version can read. */
export function parseThread(bytes: Uint8Array): ThreadView | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const parsed = v.safeParse(Thread, value);
  if (!parsed.success) return null;
  const thread = parsed.output;
  const platform = typeof thread.platform === 'string' ? thread.platform : thread.platform?.name;
  const account = thread.otherAccount;
  return {
    ...(platform && { platform }),
    ...(thread.url && { url: thread.url }),
    ...(account && {
      otherAccount: {
        ...(account.name && { name: account.name }),
        ...(account.handle && { handle: account.handle }),
        ...(account.id && { id: account.id }),
      },
    }),
    messages: thread.messages.map((message) => ({
      sender: message.sender ?? '',
      ...(message.senderId && { senderId: message.senderId }),
      outgoing: message.outgoing === true,
      ...(message.claimedTime && { claimedTime: message.claimedTime }),
      text: message.text ?? '',
      media: message.media ?? [],
    })),
    ...(thread.complete !== undefined && { complete: thread.complete }),
    ...(thread.stoppedBecause && { stoppedBecause: thread.stoppedBecause }),
  };
}

/** "Name (@handle, id 123)" for the other side of the conversation, as the page named it. */
export function describeAccount(account: ThreadView['otherAccount'], accountId = (id: string) => `account id ${id}`): string {
  if (!account) return '';
  const details = [account.handle, account.id && accountId(account.id)].filter(Boolean).join(', ');
  return [account.name, details && (account.name ? `(${details})` : details)].filter(Boolean).join(' ');
}
