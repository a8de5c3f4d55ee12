#!/usr/bin/env node
// Thin on purpose: the verifier is TypeScript shared with the extension, built into one module by
// `npm run build:verify`. This file only wires it to the file system and the exit code.
import { open } from 'node:fs/promises';
import { createHash, webcrypto } from 'node:crypto';

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
  // A file handle read at offsets: the zip is never loaded whole, whatever its size.
  open: async (path) => {
    const handle = await open(path, 'r');
    const { size } = await handle.stat();
    return {
      ...cli.fileHandleSource(handle, size),
      // Node's own SHA-256 over the file (≈1.5 GB/s), for the bundle's fingerprint.
      sha256: async () => {
        const hash = createHash('sha256');
        for await (const chunk of handle.createReadStream({ start: 0, autoClose: false })) hash.update(chunk);
        return hash.digest('hex');
      },
      close: () => handle.close(),
    };
  },
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};
process.exitCode = await cli.runVerifyCli(process.argv.slice(2), io);
