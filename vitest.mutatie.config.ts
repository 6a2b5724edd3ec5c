import { defineConfig } from 'vitest/config';

// Used only by Stryker (stryker.config.mjs): one flat project with the test files of the module under
// mutation, from MUTATIE_TESTS. The normal projects live in vitest.config.ts.
const tests: string[] = JSON.parse(process.env.MUTATIE_TESTS ?? '[]');

export default defineConfig({
  test: {
    include: tests,
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
