// Shared by `npm start` and `npm test`: install dependencies when missing and find Chromium.
// Plain JavaScript on purpose: it must run before the dependencies exist.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_HINT = 'No Chromium found: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).';

export function ensureDependencies() {
  if (existsSync('node_modules/.package-lock.json') && existsSync('node_modules/vite')) return;
  console.log('Installing dependencies (first run)…');
  run('npm', [existsSync('package-lock.json') ? 'ci' : 'install', '--no-audit', '--no-fund']);
}

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

export const FIREFOX_HINT = 'No Firefox found: install it with `sudo apt-get install -y firefox-esr` (or set FIREFOX_PATH to a Firefox binary).';

export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}
