import type { PhaseSummary, PhaseSummaryParams } from '../../../shared/protocol';
import { PHASE_SUMMARY_REQUEST } from '../../../shared/protocol';
import type { Feature } from './feature';

/** `rfcAuthor/phaseSummary` (client → server): the status bar's phases and counts; null for non-RFCs. */
export const phaseSummaryFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(PHASE_SUMMARY_REQUEST, ctx.guard.request('phaseSummary', null, async ({ textDocument }: PhaseSummaryParams): Promise<PhaseSummary | null> => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return null;
      return open.service.getPhaseSummary(open.doc);
    }));
  },
};
