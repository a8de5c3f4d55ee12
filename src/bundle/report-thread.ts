import { escapeHtml } from '../shared/escape-html';
import type { ArtifactRef } from '../shared/types';
import { fileLine, fileRef } from './report-file-ref';
import { describeAccount, type ThreadView } from './thread-file';
import type { PreparedCapture } from './types';

function messageRows(thread: ThreadView): string {
  return thread.messages
    .map((message, index) => {
      const sender = `${escapeHtml(message.sender || '(no name shown)')}${message.senderId ? `<br><span class="small">id ${escapeHtml(message.senderId)}</span>` : ''}`;
      const media = message.media.map((url) => `<code>${escapeHtml(url)}</code>`).join('<br>');
      return `<tr${message.outgoing ? ' class="outgoing"' : ''}><td>${index + 1}</td><td>${sender}</td><td>${escapeHtml(message.claimedTime ?? '')}</td><td class="message-text">${escapeHtml(message.text)}</td><td>${media}</td></tr>`;
    })
    .join('');
}

function threadBlock(capture: PreparedCapture, artifact: ArtifactRef): string {
  const ref = fileRef(capture, artifact);
  const thread = capture.threads.find((entry) => entry.artifactId === artifact.id)?.thread;
  const file = `<p class="small">${fileLine(ref, artifact)}</p>`;
  if (!thread) {
    const why = ref.file ? 'could not be read as a conversation by this version of Preserve; the file is kept exactly as it was' : 'is not in this bundle';
    return `${file}<p class="note">The conversation’s text ${why}.</p>`;
  }
  const account = describeAccount(thread.otherAccount);
  const facts = [
    thread.platform && `<tr><th>App</th><td>${escapeHtml(thread.platform)}</td></tr>`,
    account && `<tr><th>The other person, as the page named them</th><td>${escapeHtml(account)}</td></tr>`,
    thread.url && `<tr><th>Conversation address</th><td>${escapeHtml(thread.url)}</td></tr>`,
    `<tr><th>Messages</th><td>${thread.messages.length}${thread.complete === false ? ` (not the whole range asked for${thread.stoppedBecause ? `: ${escapeHtml(thread.stoppedBecause)}` : ''})` : ''}</td></tr>`,
  ].filter(Boolean);
  return `${file}<table class="facts">${facts.join('')}</table>
<table class="thread"><tr><th>#</th><th>Sender</th><th>Time the page shows</th><th>Text</th><th>Media</th></tr>${messageRows(thread)}</table>`;
}

/** The messages as structured text: labelled as what the page showed, never as verified fact. */
export function threadSection(capture: PreparedCapture, threads: ArtifactRef[]): string {
  if (!threads.length) return '';
  return `<h3>The conversation — as the page showed it, not verified</h3>
<p class="small">Senders, times and text are what the app’s page displayed when it was captured; a page can show anything. Rows in grey are the ones the page marks as sent by the person who made this capture.</p>
${threads.map((artifact) => threadBlock(capture, artifact)).join('\n')}`;
}
