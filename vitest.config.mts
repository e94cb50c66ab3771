import { defineConfig } from 'vitest/config';
import { markdownAsText } from './test/markdownAsText.mjs';

// Unit tests: the pure core and in-process features, on in-memory workspaces. Fast; no processes.
export default defineConfig({
  plugins: [markdownAsText()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
