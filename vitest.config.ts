import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          include: [
            'tests/*.test.ts',
            'tests/core/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/state/**/*.test.ts',
            'tests/scenarios/**/*.test.ts',
            'tests/game/**/*.test.ts',
            'tests/ui/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/records/**/*.test.ts',
            'tests/audio/**/*.test.ts',
            'tests/room/**/*.test.ts',
            'tests/app/**/*.test.ts',
            'tests/studio/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
