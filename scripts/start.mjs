// `npm start`: install if needed, build, and open Chromium with Preserve loaded in a fresh
// profile; without a display, run the same browser headless through a short demo.
import { CHROMIUM_HINT, ensureDependencies, findChromium, run } from './ensure-setup.mjs';

if (!findChromium()) {
  console.error(CHROMIUM_HINT);
  process.exit(1);
}
ensureDependencies();
run('npm', ['run', 'build', '--silent']);
run('npx', ['tsx', 'scripts/open-browser.ts', ...process.argv.slice(2)]);
