import { defineConfig } from 'vitest/config';
import { markdownAsText } from './test/markdownAsText.mjs';

// End-to-end tests in a real VS Code (code-server) driven through Chromium. One code-server per run
// (started in globalSetup); each scenario file opens its own copy of examples/ in a fresh page, one
// file at a time (the machine has two cores, and VS Code needs them).
export default defineConfig({
  plugins: [markdownAsText()],
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
