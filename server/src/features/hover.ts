import type { Feature } from './feature';

/** The title, status and first lines of the document a reference names. */
export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(ctx) {
    ctx.connection.onHover(ctx.guard.request('hover', null, async ({ textDocument, position }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return null;
      return open.service.getHover(open.doc, position, token) ?? null;
    }));
  },
};
