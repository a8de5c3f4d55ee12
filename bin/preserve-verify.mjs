#!/usr/bin/env node
// Thin on purpose: the verifier is TypeScript shared with the extension, built into one module by
// `npm run build:verify`. This file only wires it to the file system and the exit code.
import { readFile } from 'node:fs/promises';
import { webcrypto } from 'node:crypto';

if (!globalThis.crypto) globalThis.crypto = webcrypto; // Node 18 has WebCrypto but not as a global.

let cli;
try {
  cli = await import('../dist/verify/preserve-verify.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('preserve-verify is not built yet: run `npm run build:verify` (or `npm run build`) first.');
  process.exit(2);
}

const io = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};
process.exitCode = await cli.runVerifyCli(process.argv.slice(2), io);
