import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest, { toFirefoxManifest } from './manifest.config.ts';
import { CATALOGUES } from './src/locales/index.ts';
import { toMessagesJson } from './src/locales/messages-json.ts';

const isE2E = process.env.PRESERVE_E2E === '1';
const outDir = isE2E ? 'dist/e2e' : 'dist/chrome';

/**
 * Finishes the manifests after @crxjs wrote them:
 * - drops web_accessible_resources: crxjs lists injected scripts there, but executeScript does
 *   not need it, and any listed file lets a web page probe whether Preserve is installed;
 * - Firefox gets a copy of the Chrome build with its manifest differences applied.
 */
function finishManifests(): Plugin {
  return {
    name: 'preserve:finish-manifests',
    apply: 'build',
    closeBundle() {
      const chromeManifestPath = resolve(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(chromeManifestPath, 'utf8'));
      delete built.web_accessible_resources;
      writeFileSync(chromeManifestPath, `${JSON.stringify(built, null, 2)}\n`);
      if (isE2E) return;
      const target = resolve('dist/firefox');
      rmSync(target, { recursive: true, force: true });
      cpSync(resolve(outDir), target, { recursive: true });
      const manifestPath = resolve(target, 'manifest.json');
      const chromeManifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      writeFileSync(manifestPath, `${JSON.stringify(toFirefoxManifest(chromeManifest), null, 2)}\n`);
    },
  };
}

/** Writes src/locales as the browser's _locales/<lang>/messages.json, read by browser.i18n. */
function writeLocales(): Plugin {
  return {
    name: 'preserve:locales',
    generateBundle() {
      for (const [language, catalogue] of Object.entries(CATALOGUES)) {
        this.emitFile({ type: 'asset', fileName: `_locales/${language}/messages.json`, source: `${JSON.stringify(toMessagesJson(catalogue), null, 2)}\n` });
      }
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest }), writeLocales(), finishManifests()],
  define: {
    // Test hooks exist only in the e2e build; the shipped build compiles them out.
    __E2E__: JSON.stringify(isE2E),
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    chunkSizeWarningLimit: 1024,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: { inconsistentCjsInterop: true },
});
