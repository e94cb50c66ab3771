import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/** Loads `.md` files as text, as esbuild's text loader does for the bundles. */
function markdownAsText(): Plugin {
  return {
    name: 'markdown-as-text',
    transform(code, id) {
      return id.endsWith('.md') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
    },
  };
}

// Unit tests: the pure core and in-process features, on in-memory workspaces. Fast; no processes.
export default defineConfig({
  plugins: [markdownAsText()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
