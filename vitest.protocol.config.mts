import { defineConfig } from 'vitest/config';

// Protocol tests: the built server (dist/server.js) as a real process, driven over JSON-RPC by a
// test client and by headless Neovim. `npm run test:protocol` builds first.
export default defineConfig({
  test: {
    include: ['test/protocol/**/*.test.ts', 'test/nvim/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 30000,
    // Each test file starts its own server; two at a time fits the two cores.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
