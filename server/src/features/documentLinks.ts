import type { Feature } from './feature';

/** A link on every path and id reference that resolves inside the workspace. */
export const documentLinksFeature: Feature = {
  capabilities: () => ({ documentLinkProvider: { resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onDocumentLinks(ctx.guard.request('documentLinks', [], async ({ textDocument }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return [];
      return open.service.getDocumentLinks(open.doc, token);
    }));
  },
};
