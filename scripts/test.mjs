// `npm test`: every check, in the order CI runs them.
import { CHROMIUM_HINT, ensureDependencies, FIREFOX_HINT, findChromium, findFirefox, run } from './ensure-setup.mjs';

if (!findChromium()) {
  console.error(CHROMIUM_HINT);
  process.exit(1);
}
// The Firefox tier (tests/e2e-firefox) runs Debian's firefox-esr.
if (!findFirefox()) {
  console.error(FIREFOX_HINT);
  process.exit(1);
}
ensureDependencies();
run('npx', ['tsc', '--noEmit', '-p', '.']);
run('npm', ['run', 'lint', '--silent']);
run('npm', ['run', 'build', '--silent']);
run('npm', ['run', 'build:e2e', '--silent']);
run('node', ['scripts/lint-firefox.mjs']);
run('npx', ['vitest', 'run']);
