import type { Plugin } from 'vite';

/** Loads `.md` files as text, as esbuild's text loader does for the bundles (the core imports its templates). */
export function markdownAsText(): Plugin {
  return {
    name: 'markdown-as-text',
    transform(code, id) {
      return id.endsWith('.md') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined;
    },
  };
}
