import type { Feature } from './feature';

/** Sections, front matter and fenced code blocks fold. */
export const foldingFeature: Feature = {
  capabilities: () => ({ foldingRangeProvider: true }),
  register(ctx) {
    ctx.connection.onFoldingRanges(ctx.guard.request('folding', [], async ({ textDocument }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return [];
      return open.service.getFoldingRanges(open.doc, token);
    }));
  },
};
