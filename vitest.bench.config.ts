/// <reference types="vitest/config" />
// The engine timings for `npm run bench` (scripts/bench.mjs); never part of `npm test`.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/bench/**/*.bench.ts'],
    globalSetup: ['tests/unit/global-setup.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
