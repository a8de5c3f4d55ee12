import { coverageSentence } from './capture-parts';
import { periodCovered } from './report-html';
import type { BundleSummary } from './types';

/**
 * Written so the person, or someone helping them, can sign it if a court or the police ask how the
 * evidence was gathered. Plain words; every fact in it comes from the bundle itself.
 */
export function declarationText(summary: BundleSummary): string {
  const period = periodCovered(summary);
  const lines = [
    'DECLARATION: HOW THIS EVIDENCE WAS COLLECTED',
    '',
    `This bundle was exported on ${summary.exportedAt} (UTC) by Preserve ${summary.softwareVersion}, a browser extension that`,
    'keeps evidence on the computer where it was collected. It holds ' +
      `${summary.captures.length} capture(s)` +
      (period ? `, taken between ${period.from} and ${period.to} (UTC).` : '.'),
    summary.copy === 'platform'
      ? 'This is the redacted platform copy: images are pixelated, and personal notes, letters and the personal details in removal requests are left out. The original files are in the legal copy, and their SHA-256 values are listed below.'
      : 'This is the legal copy: every file is exactly as it was captured.',
    '',
    'How each capture was taken',
    '- The person opened the web page in their own browser and asked Preserve to capture it.',
    '- The browser itself recorded the address of the tab, its title, the time (from the computer clock, in UTC and',
    '  local time) and a screenshot of what was visible. These are "what the browser recorded".',
    '- Preserve also read what the page said about itself (its title, its author and post details). The page can say',
    '  anything, so these are kept separately as "what the page claimed" and were not checked.',
    '- Each file was fingerprinted with SHA-256 when it was captured. Each capture record was fingerprinted too, and',
    '  each record includes the fingerprint of the one before it, so a removed, added or changed capture shows.',
    ...howExtrasWereTaken(summary),
    '- manifest.json lists every file and its fingerprint and is signed with a key created for this installation',
    `  of Preserve (fingerprint ${summary.keyFingerprint}). VERIFY.txt explains how to check all of this.`,
    '',
    'The captures',
  ];
  for (const { record, json } of summary.captures) {
    lines.push('', `Capture ${json.number}`);
    lines.push(`  Captured at: ${record.observed.capturedAt} (UTC), ${record.observed.capturedAtLocal} local (${record.observed.timeZone})`);
    lines.push(`  Address recorded by the browser: ${record.observed.tabUrl}`);
    lines.push(`  Record SHA-256: ${record.recordHash}`);
    if (record.observed.coverage) lines.push(`  ${coverageSentence(record.observed.coverage)}`);
    for (const artifact of record.artifacts) lines.push(`  ${artifact.name} SHA-256: ${artifact.sha256}`);
    if (record.imported) lines.push(`  Imported from ${record.imported.bundleName}, exported ${record.imported.exportedAt}`);
  }
  if (summary.requests.length || summary.trackerEvents.length || summary.letters.length) {
    lines.push(
      '',
      'Removal requests',
      `The bundle also lists ${summary.requests.length} removal request(s) as the person recorded them (requests.csv), ${summary.trackerEvents.length}`,
      `dated change(s) of status (tracker.csv) and ${summary.letters.length} saved letter(s); each letter's text was fingerprinted when it was saved.`,
    );
  }
  lines.push(
    '',
    'Statement',
    'I collected the captures listed above using my own browser, as described. To the best of my knowledge, they show',
    'what the pages displayed at the times stated.',
    '',
    'Name: ________________________________________',
    '',
    'Signature: ___________________________________   Date: ______________   Place: ______________',
    '',
  );
  return lines.join('\n');
}

/** Only for the kinds of evidence this bundle holds, so a bundle of screenshots reads as before. */
function howExtrasWereTaken(summary: BundleSummary): string[] {
  const kinds = new Set(summary.captures.flatMap((capture) => capture.record.artifacts.map((artifact) => artifact.kind)));
  const lines: string[] = [];
  if (kinds.has('tile'))
    lines.push(
      '- For a full page or a conversation, Preserve scrolled the page and the browser photographed each screenful',
      '  ("tiles", kept exactly as the browser returned them). The full-page images are put together from the tiles.',
      '  Each capture says how much of the page the tiles cover and, if they stop early, why.',
    );
  if (kinds.has('mhtml')) lines.push('- The browser saved the page itself as an archive (page.mhtml), which opens in Chrome or Edge.');
  if (kinds.has('media') || kinds.has('frame'))
    lines.push(
      '- Images and videos on the page were saved as files, each with the address it came from and how it was downloaded.',
      '  Where a video could not be saved whole, a still of it was kept with the reason.',
    );
  if (kinds.has('thread')) lines.push("- The messages of a conversation were read from the page as text (sender, time shown, text): the page's claims.");
  return lines;
}
