import { escapeText } from './terminal-text';
import type { VerifyResult } from './verify-bundle';

/** Only what a bundle says exactly; anything else was refused by the schema and is not described. */
function copyName(copy: string | undefined): string | undefined {
  if (copy === 'legal') return 'legal copy';
  if (copy === 'platform') return 'redacted platform copy';
  return undefined;
}

/**
 * The verifier's report. Every value taken from the bundle (and the name it was given) is escaped,
 * so a bundle cannot print a line of its own, such as a forged "signing key:" line, or hide one.
 */
export function formatVerifyResult(name: string, result: VerifyResult): string[] {
  const s = result.summary;
  const head = [`${result.ok ? 'OK' : 'FAILED'}: ${escapeText(name)}`, `  bundle SHA-256: ${s.bundleSha256}`];
  const copy = copyName(s.copy);
  if (s.format && copy) {
    head.push(
      `  ${copy} of case ${escapeText(s.caseId ?? '')}, exported ${escapeText(s.exportedAt ?? '')} by ${escapeText(s.software ?? '')}`,
      `  ${s.captureCount} capture(s), ${s.fileCount} files, ${s.totalBytes} bytes${s.selection === 'selected' ? ' (selected captures)' : ''}`,
    );
  }
  if (s.keyFingerprint) head.push(`  signing key: ${escapeText(s.keyFingerprint)}`);
  if (result.ok) {
    return [
      ...head,
      '  every hash, both signatures, the chain of captures and the manifest digest check out',
      '  the signing key is only as trustworthy as its fingerprint: compare it with one you got another way',
    ];
  }
  const failing = [...new Set(result.problems.flatMap((problem) => (problem.file ? [problem.file] : [])))];
  return [
    ...head,
    ...result.problems.map((problem) => `  ✗ ${escapeText(problem.file ? `${problem.file}: ${problem.message}` : problem.message)}`),
    ...(failing.length ? ['Files that fail:', ...failing.map((file) => `  ${escapeText(file)}`)] : []),
  ];
}
