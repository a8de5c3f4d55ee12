// web-ext lint on the Firefox build; fails on any error (warnings are printed, not fatal).
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted=false', '--output', 'json'], { encoding: 'utf8' });
const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
for (const message of [...report.errors, ...report.warnings]) {
  console.log(`web-ext ${message._type}: ${message.code} ${message.file ?? ''} ${message.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
process.exit(report.summary.errors === 0 ? 0 : 1);
