import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { platforms } from '../../src/platforms/index';
import { renderPlatformsTable } from '../../scripts/platforms-table';

it('docs/platforms.md is what scripts/platforms-table.ts generates (run it after changing a platform)', () => {
  const committed = readFileSync(join(import.meta.dirname, '../../docs/platforms.md'), 'utf8');
  expect(committed).toBe(renderPlatformsTable());
});

it('docs/platforms.md has one row per platform', () => {
  const table = renderPlatformsTable();
  for (const p of platforms) expect(table).toContain(`| \`${p.id}\` |`);
  expect(table.split('\n').filter((l) => l.startsWith('| ') && l.includes('| `')).length).toBe(platforms.length);
});
