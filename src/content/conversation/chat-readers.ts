import type { ChatPlatformId } from '../../shared/conversation';
import type { ChatReader } from './chat-reader';
import { discordChat } from './discord-chat';
import { instagramChat } from './instagram-chat';
import { messengerChat } from './messenger-chat';
import { snapchatChat } from './snapchat-chat';
import { telegramChat } from './telegram-chat';
import { xChat } from './x-chat';

/** One reader per chat app that chatViewAt recognises. */
export const CHAT_READERS: Record<ChatPlatformId, ChatReader> = {
  instagram: instagramChat,
  messenger: messengerChat,
  x: xChat,
  discord: discordChat,
  telegram: telegramChat,
  snapchat: snapchatChat,
};
