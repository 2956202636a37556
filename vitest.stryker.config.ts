/// <reference types="vitest/config" />
/**
 * Vitest as Stryker runs it (npm run mutation): the unit tests with a longer per-test limit,
 * because instrumented code runs several times slower (the 100k-row CSV test passes 5 s).
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/global-setup.ts'],
    // Static mutants (module-level constants) need their modules loaded afresh: see the file.
    setupFiles: ['tests/unit/stryker-static-mutants.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Property tests generate fewer cases here: the mutation run repeats them for each change.
    env: { MUTATION_RUN: '1' },
    // One module cache for all test files: each mutant reruns the files that cover it, and
    // re-importing every module per file cost more than the tests (the suite passes either way).
    isolate: false,
    hookTimeout: 120_000,
  },
});
