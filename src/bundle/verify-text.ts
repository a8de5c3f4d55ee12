import { FILES } from './bundle-paths';
import type { BundleSummary } from './types';

/**
 * The recipient's instructions. Every command is on a line of its own, indented by four spaces,
 * starting with the program's name, because tests/unit/bundle/verify-text-commands.test.ts parses them out
 * and runs them, as printed, on a good and on a forged copy.
 */
export function verifyText(summary: BundleSummary): string {
  const { text } = summary;
  const { sums, sumsSignature, manifest, signature, publicKey } = FILES;
  return `${text('report_verify_title')}

${text('report_verify_intro', { sums, sumsSignature, manifest, signature })}

${text('report_verify_step1')}
    openssl dgst -sha256 -verify ${publicKey} -signature ${sumsSignature} ${sums}
    openssl dgst -sha256 -verify ${publicKey} -signature ${signature} ${manifest}
${indent(text('report_verify_step1_result'))}

${text('report_verify_step2')}
  Linux
    sha256sum -c ${sums}
  macOS (Terminal)
    shasum -a 256 -c ${sums}
${indent(text('report_verify_step2_ok'))}
  Windows (PowerShell)
    Get-FileHash -Algorithm SHA256 report.html
${indent(text('report_verify_step2_compare', { sums }))}
${indent(text('report_verify_step2_all'))}
    Get-Content ${sums} | ForEach-Object { $h, $p = $_ -split '  ', 2; if ((Get-FileHash -Algorithm SHA256 -LiteralPath $p).Hash -ne $h) { "FAILED $p" } }
${indent(text('report_verify_step2_none'))}

${text('report_verify_step3')}
${indent(text('report_verify_step3_text', { publicKey }))}
    openssl pkey -pubin -in ${publicKey} -outform DER | openssl dgst -sha256
${indent(text('report_verify_step3_after', { fingerprint: summary.keyFingerprint }))}

${text('report_verify_all')}
    npx preserve-verify <bundle.zip>
${indent(text('report_verify_all_text'))}

${text('report_verify_good_to_know')}
${text('report_verify_digest', { digest: FILES.digest })}
${text('report_verify_csv')}
${text('report_verify_requests')}
${completeCaptureNotes(summary)}${text('report_verify_dates', { exportedAt: summary.exportedAt, manifest })}
${summary.copy === 'platform' ? `${text('report_verify_platform')}\n` : ''}`;
}

/** Prose under a step, two spaces in, so it never reads as one of the four-space commands. */
function indent(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** Said only when the bundle holds such files, so a bundle of screenshots reads as before. */
function completeCaptureNotes(summary: BundleSummary): string {
  const { text } = summary;
  const kinds = new Set(summary.captures.flatMap((capture) => capture.record.artifacts.map((artifact) => artifact.kind)));
  const lines: string[] = [];
  if (kinds.has('tile') || kinds.has('fullpage')) lines.push(text('report_verify_tiles'));
  if (kinds.has('mhtml')) lines.push(text('report_verify_mhtml'));
  if (kinds.has('html')) lines.push(text('report_html_verify'));
  if (kinds.has('media') || kinds.has('frame')) lines.push(text('report_verify_media'));
  if (kinds.has('thread')) lines.push(text('report_verify_thread'));
  return lines.map((line) => `${line}\n`).join('');
}
