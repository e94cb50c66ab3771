import { defineConfig } from 'vitest/config';

// The npm package as a user gets it: `npm pack` (which builds the production bundles), then an
// install of the tarball into an empty folder. Slow, and it rebuilds dist/, so it runs alone, after
// the protocol tests (`npm run test:package`, part of `npm test`).
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
