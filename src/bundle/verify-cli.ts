import { verifyBundle, type VerifyResult } from './verify-bundle';

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  out(line: string): void;
  err(line: string): void;
}

export function formatVerifyResult(name: string, result: VerifyResult): string[] {
  const s = result.summary;
  const head = [
    `${result.ok ? 'OK' : 'FAILED'}: ${name}`,
    `  bundle SHA-256: ${s.bundleSha256}`,
  ];
  if (s.format) {
    head.push(
      `  ${s.copy === 'platform' ? 'redacted platform copy' : 'legal copy'} of case ${s.caseId}, exported ${s.exportedAt} by ${s.software}`,
      `  ${s.captureCount} capture(s), ${s.fileCount} files, ${s.totalBytes} bytes${s.selection === 'selected' ? ' (selected captures)' : ''}`,
    );
  }
  if (s.keyFingerprint) head.push(`  signing key: ${s.keyFingerprint}`);
  if (result.ok) return [...head, '  every hash, the chain of captures, the manifest digest and the signature check out'];
  const failing = [...new Set(result.problems.map((problem) => problem.file).filter(Boolean))];
  return [
    ...head,
    ...result.problems.map((problem) => `  ✗ ${problem.file ? `${problem.file}: ` : ''}${problem.message}`),
    ...(failing.length ? ['Files that fail:', ...failing.map((file) => `  ${file}`)] : []),
  ];
}

/** Exit codes: 0 verified, 1 problems found, 2 usage or unreadable file. */
export async function runVerifyCli(args: string[], io: CliIo): Promise<number> {
  const paths = args.filter((arg) => !arg.startsWith('-'));
  if (paths.length === 0 || args.includes('--help') || args.includes('-h')) {
    io.err('Usage: preserve-verify <bundle.zip> [more.zip …]');
    return 2;
  }
  let code = 0;
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(path);
    } catch (error) {
      io.err(`Cannot read ${path}: ${(error as Error).message}`);
      code = 2;
      continue;
    }
    const result = await verifyBundle(bytes);
    for (const line of formatVerifyResult(path, result)) (result.ok ? io.out : io.err)(line);
    if (!result.ok && code === 0) code = 1;
  }
  return code;
}
