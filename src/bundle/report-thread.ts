import { escapeHtml } from '../shared/escape-html';
import type { ArtifactRef } from '../shared/types';
import { fileLine, fileRef } from './report-file-ref';
import { describeAccount, type ThreadView } from './thread-file';
import type { ReportText } from './report-text';
import type { PreparedCapture } from './types';

function messageRows(thread: ThreadView, text: ReportText): string {
  return thread.messages
    .map((message, index) => {
      const sender = `${escapeHtml(message.sender || text('report_thread_no_name'))}${message.senderId ? `<br><span class="small">${text('report_thread_sender_id', { id: escapeHtml(message.senderId) })}</span>` : ''}`;
      const media = message.media.map((url) => `<code>${escapeHtml(url)}</code>`).join('<br>');
      return `<tr${message.outgoing ? ' class="outgoing"' : ''}><td>${index + 1}</td><td>${sender}</td><td>${escapeHtml(message.claimedTime ?? '')}</td><td class="message-text">${escapeHtml(message.text)}</td><td>${media}</td></tr>`;
    })
    .join('');
}

function threadBlock(capture: PreparedCapture, artifact: ArtifactRef, text: ReportText): string {
  const ref = fileRef(capture, artifact);
  const thread = capture.threads.find((entry) => entry.artifactId === artifact.id)?.thread;
  const file = `<p class="small">${fileLine(ref, artifact, text)}</p>`;
  if (!thread) {
    return `${file}<p class="note">${text(ref.file ? 'report_thread_unreadable' : 'report_thread_missing')}</p>`;
  }
  const account = describeAccount(thread.otherAccount, (id) => text('report_account_id', { id }));
  const facts = [
    thread.platform && `<tr><th>${text('report_thread_app')}</th><td>${escapeHtml(thread.platform)}</td></tr>`,
    account && `<tr><th>${text('report_thread_other')}</th><td>${escapeHtml(account)}</td></tr>`,
    thread.url && `<tr><th>${text('report_thread_address')}</th><td>${escapeHtml(thread.url)}</td></tr>`,
    `<tr><th>${text('report_thread_messages')}</th><td>${thread.messages.length}${thread.complete === false ? ` ${incomplete(thread, text)}` : ''}</td></tr>`,
  ].filter(Boolean);
  return `${file}<table class="facts">${facts.join('')}</table>
<table class="thread"><tr><th>#</th><th>${text('report_thread_sender')}</th><th>${text('report_thread_time')}</th><th>${text('report_thread_text')}</th><th>${text(
    'report_thread_media',
  )}</th></tr>${messageRows(thread, text)}</table>`;
}

/** The messages as structured text: labelled as what the page showed, never as verified fact. */
function incomplete(thread: ThreadView, text: ReportText): string {
  return thread.stoppedBecause ? text('report_thread_incomplete_because', { reason: escapeHtml(thread.stoppedBecause) }) : text('report_thread_incomplete');
}

export function threadSection(capture: PreparedCapture, threads: ArtifactRef[], text: ReportText): string {
  if (!threads.length) return '';
  return `<h3>${text('report_thread_heading')}</h3>
<p class="small">${text('report_thread_explained')}</p>
${threads.map((artifact) => threadBlock(capture, artifact, text)).join('\n')}`;
}
