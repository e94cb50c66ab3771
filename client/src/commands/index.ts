/**
 * Every command of the extension in one table: its id and palette title (package.json contributes
 * the same list, checked by a unit test), its handler, and whether it needs the language server.
 * Handlers are loaded on first use, which keeps this table free of editor imports so the test can
 * read it outside VS Code.
 */
import type { RfcExplorer } from '../explorer/rfcExplorer';
import type { ServerHandle } from '../languageClient';

export interface CommandContext {
  readonly server: ServerHandle;
  readonly explorer: RfcExplorer;
}

export interface CommandSpec {
  readonly id: string;
  /** Title in the palette, shown after the category "RFC". */
  readonly title: string;
  /**
   * Whether the command talks to the language server. Those that don't run at once, even while the
   * server is starting or has failed; those that do wait for it.
   */
  readonly needsServer: boolean;
  /** A codicon (`$(filter)`) for the places that show commands as icons (the RFC explorer's title bar). */
  readonly icon?: string;
  /** `args` are the command's arguments (from a CodeLens or another command); palette runs pass none. */
  readonly handler: (ctx: CommandContext, args: readonly unknown[]) => Promise<void>;
}

export const COMMAND_CATEGORY = 'RFC';

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'rfcAuthor.newRfc', title: 'New RFC', needsServer: false, icon: '$(new-file)', handler: async () => (await import('./newRfc')).newRfc() },
  { id: 'rfcAuthor.newTask', title: 'New Task for this RFC', needsServer: false, handler: async () => (await import('./newTask')).newTask() },
  { id: 'rfcAuthor.insertSection', title: 'Insert Section…', needsServer: false, handler: async () => (await import('./insertSection')).insertSection() },
  { id: 'rfcAuthor.goToLinkedTask', title: 'Go to Linked Task…', needsServer: false, handler: async () => (await import('./goToLinkedTask')).goToLinkedTask() },
  { id: 'rfcAuthor.showPhases', title: 'Show Phases', needsServer: false, handler: async () => (await import('./showPhases')).showPhases() },
  { id: 'rfcAuthor.createConfiguration', title: 'Create .rfc-author.json for this Folder', needsServer: false, handler: async (ctx) => (await import('./createConfiguration')).createConfiguration((line) => ctx.server.output.appendLine(line)) },
  { id: 'rfcAuthor.restartServer', title: 'Restart Language Server', needsServer: true, handler: async (ctx) => (await import('./restartServer')).restartServer(ctx.server) },
  { id: 'rfcAuthor.updateIndex', title: 'Update Index', needsServer: true, handler: async (ctx) => (await import('./updateIndex')).updateIndex(ctx.server) },
  { id: 'rfcAuthor.explorer.filterByStatus', title: 'Filter RFCs by Status…', needsServer: false, icon: '$(filter)', handler: async (ctx) => (await import('./filterRfcs')).filterByStatus(ctx.explorer) },
  { id: 'rfcAuthor.explorer.filterByOwner', title: 'Filter RFCs by Owner…', needsServer: false, icon: '$(person)', handler: async (ctx) => (await import('./filterRfcs')).filterByOwner(ctx.explorer) },
  { id: 'rfcAuthor.explorer.clearFilter', title: 'Clear RFC Filter', needsServer: false, icon: '$(clear-all)', handler: async (ctx) => (await import('./filterRfcs')).clearFilter(ctx.explorer) },
  { id: 'rfcAuthor.explorer.refresh', title: 'Refresh RFC Explorer', needsServer: false, icon: '$(refresh)', handler: async (ctx) => (await import('./filterRfcs')).refreshExplorer(ctx.explorer) },
  // The server's phase-line CodeLens and the RFC explorer's rows run it (CLIENT_COMMANDS.openDocument); hidden from the palette.
  { id: 'rfcAuthor.openDocument', title: 'Open Document', needsServer: false, handler: async (_ctx, args) => (await import('./openDocument')).openDocument(args) },
];
