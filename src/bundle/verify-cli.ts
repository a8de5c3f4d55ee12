import { verifyBundle } from './verify-bundle';
import { formatVerifyResult } from './verify-report';
import type { ZipSource } from './zip-source';

export { formatVerifyResult };
/** For bin/preserve-verify.mjs, which wires a Node file handle to the reader. */
export { fileHandleSource } from './zip-source';

export interface CliIo {
  /** Random access to the file (a file handle), so a bundle of any size is verified in bounded memory. */
  open(path: string): Promise<ZipSource & { close(): Promise<void> }>;
  out(line: string): void;
  err(line: string): void;
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
    let source: ZipSource & { close(): Promise<void> };
    try {
      source = await io.open(path);
    } catch (error) {
      io.err(`Cannot read ${path}: ${(error as Error).message}`);
      code = 2;
      continue;
    }
    // A read that fails midway (a folder, a disk error) is an unreadable file, not a stack trace.
    const result = await verifyBundle(source).then(
      (verified) => verified,
      (error: unknown) => void io.err(`Cannot read ${path}: ${(error as Error).message}`),
    );
    await source.close();
    if (!result) {
      code = 2;
      continue;
    }
    for (const line of formatVerifyResult(path, result)) (result.ok ? io.out : io.err)(line);
    if (!result.ok && code === 0) code = 1;
  }
  return code;
}
