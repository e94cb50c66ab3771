import type { Feature } from './feature';

/** Every RFC, task and ADR that names the id under the cursor, open or not. */
export const referencesFeature: Feature = {
  capabilities: () => ({ referencesProvider: true }),
  register(ctx) {
    ctx.connection.onReferences(ctx.guard.request('references', [], async ({ textDocument, position, context }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return [];
      return open.service.getReferences(open.doc, position, context.includeDeclaration, token);
    }));
  },
};
