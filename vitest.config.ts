import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Unit tests first, on every core; then the browsers, two at a time.
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'tests/meta/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/i18n.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two browsers at a time: most of an e2e test is waiting (the 2-a-second screenshot limit,
          // page loads), so two files overlap well on two cores.
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'firefox',
          // In the Chromium files' pool (same group, same two workers): it mostly waits like them,
          // and one long file run after the rest would add its whole length to npm test.
          sequence: { groupOrder: 1 },
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
    ],
  },
});
