import type { Feature } from './feature';

/** Go to the document a path or id under the cursor names (each one, for a range or list of ids). */
export const definitionFeature: Feature = {
  capabilities: () => ({ definitionProvider: true }),
  register(ctx) {
    ctx.connection.onDefinition(ctx.guard.request('definition', [], async ({ textDocument, position }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return [];
      return open.service.getDefinition(open.doc, position, token);
    }));
  },
};
