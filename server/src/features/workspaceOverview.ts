import type { WorkspaceOverview, WorkspaceOverviewParams } from '../../../shared/protocol';
import { WORKSPACE_OVERVIEW_REQUEST } from '../../../shared/protocol';
import type { Feature } from './feature';

/** `rfcAuthor/workspaceOverview` (client → server): every folder's RFCs for the RFC explorer. */
export const workspaceOverviewFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(WORKSPACE_OVERVIEW_REQUEST, ctx.guard.request('workspaceOverview', { folders: [] }, async (_params: WorkspaceOverviewParams, token): Promise<WorkspaceOverview> => {
      const folders = [];
      for (const folder of ctx.folders.all()) {
        const rfcs = await ctx.overviewOf(folder, token);
        if (rfcs) folders.push({ uri: folder.rootUri, rfcs });
        if (rfcs) ctx.overview.answered(folder, rfcs);
      }
      return { folders };
    }));
  },
};
