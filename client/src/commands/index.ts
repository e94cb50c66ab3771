/**
 * Every command of the extension in one table: its id and palette title (package.json contributes
 * the same list, checked by a unit test), its handler, and whether it needs the language server.
 * Handlers are loaded on first use, which keeps this table free of editor imports so the test can
 * read it outside VS Code.
 */
import type { ServerHandle } from '../languageClient';

export interface CommandContext {
  readonly server: ServerHandle;
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
  /**
   * Runs the command. `args` is the first argument of `executeCommand` (or a keybinding's `args`):
   * the scaffolding and picking commands take an object that answers their prompts (see
   * docs/extension.md). The result is what `executeCommand` resolves to.
   */
  readonly handler: (ctx: CommandContext, args: unknown) => Promise<unknown>;
}

export const COMMAND_CATEGORY = 'RFC';

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'rfcAuthor.newRfc', title: 'New RFC', needsServer: false, handler: async (_ctx, args) => (await import('./newRfc')).newRfc(args) },
  { id: 'rfcAuthor.newTask', title: 'New Task for this RFC', needsServer: false, handler: async (_ctx, args) => (await import('./newTask')).newTask(args) },
  { id: 'rfcAuthor.insertSection', title: 'Insert Section…', needsServer: false, handler: async (_ctx, args) => (await import('./insertSection')).insertSection(args) },
  { id: 'rfcAuthor.goToLinkedTask', title: 'Go to Linked Task…', needsServer: false, handler: async (_ctx, args) => (await import('./goToLinkedTask')).goToLinkedTask(args) },
  { id: 'rfcAuthor.showPhases', title: 'Show Phases', needsServer: false, handler: async (_ctx, args) => (await import('./showPhases')).showPhases(args) },
  { id: 'rfcAuthor.restartServer', title: 'Restart Language Server', needsServer: true, handler: async (ctx) => (await import('./restartServer')).restartServer(ctx.server) },
];
