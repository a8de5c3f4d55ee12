/**
 * Builds the recipients' verifier into one self-contained ES module (@noble/hashes and valibot
 * bundled in), because `npx preserve-verify` must run on plain Node without TypeScript or our
 * dev dependencies. Usage: tsx scripts/build-verify.ts [--outDir dir]
 */
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const flag = process.argv.indexOf('--outDir');
const outDir = resolve(root, (flag > 0 && process.argv[flag + 1]) || 'dist/verify');

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: resolve(root, 'src/bundle/verify-cli.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node18',
    rollupOptions: { output: { format: 'es', entryFileNames: 'preserve-verify.mjs' } },
  },
});
console.error(`Built ${outDir}/preserve-verify.mjs`);
