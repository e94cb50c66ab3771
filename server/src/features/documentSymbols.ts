import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver/node';
import type { Feature } from './feature';

/** The outline: title, sections, subsections and phase lines (flattened for clients without trees). */
export const documentSymbolsFeature: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'RFC Author' } }),
  register(ctx) {
    ctx.connection.onDocumentSymbol(ctx.guard.request('documentSymbols', [], async ({ textDocument }, token) => {
      const open = await ctx.open(textDocument.uri);
      if (!open) return [];
      const tree = open.service.getDocumentSymbols(open.doc, token);
      return ctx.client.hierarchicalSymbols ? tree : flatten(tree, textDocument.uri);
    }));
  },
};

function flatten(symbols: readonly DocumentSymbol[], uri: string, container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) },
    ...flatten(s.children ?? [], uri, s.name),
  ]);
}
