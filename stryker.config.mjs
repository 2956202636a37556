// @ts-check
/**
 * Stryker for the business rules (npm run mutation; scripts/mutation.mjs chooses the folder to
 * mutate with --mutate). Not part of npm test: src/lib/ceu alone takes about 35 minutes on two cores.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['json', 'progress'],
  timeoutMS: 60_000,
  tempDirName: 'reports/tmp/stryker',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'reports', 'test-results', '.astro', 'playwright-report'],
};
