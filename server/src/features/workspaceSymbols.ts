import type { Feature } from './feature';

/** Every RFC, task and ADR of every folder, by `ID: title`, filtered by the query. */
export const workspaceSymbolsFeature: Feature = {
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(ctx) {
    ctx.connection.onWorkspaceSymbol(ctx.guard.request('workspaceSymbols', [], async ({ query }, token) => {
      const services = await Promise.all(ctx.folders.all().map((f) => f.service()));
      return services.flatMap((s) => (s ? s.getWorkspaceSymbols(query, token) : []));
    }));
  },
};
