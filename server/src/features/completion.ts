import type { Feature } from './feature';

/** Where completion opens by itself: path separators, id dashes, backticks, links, field values, headings. */
export const COMPLETION_TRIGGERS = ['/', '-', '`', '(', '[', ' ', '#'];

/** Link targets, ids, statuses, phase markers, missing sections and owners, by cursor context. */
export const completionFeature: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCompletion(ctx.guard.request('completion', [], async ({ textDocument, position }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return [];
      // Thousands of link items share one edit range when the client understands list defaults.
      return ctx.client.completionEditRangeDefault ? open.service.getCompletionList(open.doc, position, token) : open.service.getCompletions(open.doc, position, token);
    }));
  },
};
