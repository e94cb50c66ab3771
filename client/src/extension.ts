/**
 * The extension's entry points. It starts the language server, registers the commands of the one
 * command table, the status-bar item and the RFC explorer; everything else lives in the modules
 * they name.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import type { CommandContext, CommandSpec } from './commands';
import { RfcExplorer } from './explorer/rfcExplorer';
import { ServerHandle } from './languageClient';
import { offerConfigurations } from './offerConfiguration';
import { PhaseStatusBar } from './statusBar';

let server: ServerHandle | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('RFC Author');
  server = new ServerHandle(context, output);
  const explorer = new RfcExplorer(server, context.workspaceState);
  const ctx: CommandContext = { server, explorer };
  context.subscriptions.push(output, server, new PhaseStatusBar(server, 'rfcAuthor.showPhases'), explorer);
  for (const spec of COMMANDS) context.subscriptions.push(vscode.commands.registerCommand(spec.id, (...args: unknown[]) => run(spec, ctx, args)));
  // A folder with another team's layout and no configuration gets the offer; it never blocks start-up.
  offerConfigurations(context.workspaceState, (line) => output.appendLine(line)).catch((e: unknown) => output.appendLine(`[client] configuration offer failed: ${e instanceof Error ? e.message : String(e)}`));
  // Not awaited: commands that do not need the server work while it starts.
  server.start().catch(() => {
    void vscode.window.showErrorMessage('RFC Author: the language server did not start. See the "RFC Author" output.', 'Show Output').then((choice) => {
      if (choice) output.show();
    });
  });
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}

/** Runs a command; a failure is shown to the user and logged, never thrown into VS Code. */
async function run(spec: CommandSpec, ctx: CommandContext, args: readonly unknown[]): Promise<void> {
  try {
    if (spec.needsServer) await ctx.server.ready();
    await spec.handler(ctx, args);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    ctx.server.output.appendLine(`[client] ${spec.id} failed: ${e instanceof Error && e.stack ? e.stack : message}`);
    void vscode.window.showErrorMessage(`RFC: ${spec.title} failed: ${message}`);
  }
}
