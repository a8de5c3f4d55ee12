import type { ChatPlatformId, ChatView } from '../../shared/conversation';

interface ChatRule {
  platform: ChatPlatformId;
  name: string;
  /** Hosts matched exactly or as a subdomain, so a look-alike domain never counts. */
  hosts: string[];
  /** Tested against pathname + hash; group `id` is the conversation id. */
  at: RegExp;
}

// Addresses as each web app shows a conversation (checked 2026-11 against public help pages and
// src/platforms/*.ts, whose rules treat these paths as 'other' or reserve them).
const RULES: readonly ChatRule[] = [
  { platform: 'instagram', name: 'Instagram', hosts: ['instagram.com'], at: /^\/direct\/t\/(?<id>[\w-]+)\/?(?:#|$)/ },
  // messenger.com/t/<id>; end-to-end encrypted chats live under /e2ee/t/<id>; the same on facebook.com/messages/.
  { platform: 'messenger', name: 'Messenger', hosts: ['messenger.com'], at: /^\/(?:e2ee\/)?t\/(?<id>[\w.-]+)\/?(?:#|$)/ },
  { platform: 'messenger', name: 'Messenger', hosts: ['facebook.com'], at: /^\/messages\/(?:e2ee\/)?t\/(?<id>[\w.-]+)\/?(?:#|$)/ },
  // A one-to-one conversation id is "<user id>-<user id>"; a group's is one number.
  { platform: 'x', name: 'X', hosts: ['x.com', 'twitter.com'], at: /^\/messages\/(?<id>\d+(?:-\d+)?)\/?(?:#|$)/ },
  { platform: 'discord', name: 'Discord', hosts: ['discord.com'], at: /^\/channels\/(?:@me|\d+)\/(?<id>\d+)\/?(?:#|$)/ },
  // Telegram Web K and A keep the open chat after the #: a peer id (negative for groups) or @username.
  { platform: 'telegram', name: 'Telegram', hosts: ['web.telegram.org'], at: /^\/[ka]\/#(?<id>@?[\w-]+)$/ },
  { platform: 'snapchat', name: 'Snapchat', hosts: ['web.snapchat.com'], at: /^\/(?<id>[\w-]{8,})\/?(?:#|$)/ },
  { platform: 'snapchat', name: 'Snapchat', hosts: ['snapchat.com'], at: /^\/web\/(?<id>[\w-]{8,})\/?(?:#|$)/ },
];

/** The conversation view at this address, or null. Only https addresses count. */
export function chatViewAt(url: string): ChatView | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  for (const rule of RULES) {
    if (!rule.hosts.some((owned) => host === owned || host.endsWith(`.${owned}`))) continue;
    const id = rule.at.exec(`${parsed.pathname}${parsed.hash}`)?.groups?.id;
    if (id) return { platform: rule.platform, name: rule.name, conversationId: id };
  }
  return null;
}
