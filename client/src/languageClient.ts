/**
 * Starts the language server (dist/server.js, over node IPC) and keeps one handle to it. Beyond
 * standard LSP the client speaks only what shared/protocol.ts declares: `rfcAuthor/phaseSummary`,
 * `rfcAuthor/workspaceOverview` and its `rfcAuthor/overviewChanged` notification, and the server's
 * commands through `workspace/executeCommand`.
 */
import * as vscode from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ExecuteCommandRequest, LanguageClient, State, TransportKind } from 'vscode-languageclient/node';
import type { PhaseSummary, PhaseSummaryParams, WorkspaceOverview, WorkspaceOverviewParams } from '../../shared/protocol';
import { OVERVIEW_CHANGED_NOTIFICATION, PHASE_SUMMARY_REQUEST, WORKSPACE_OVERVIEW_REQUEST } from '../../shared/protocol';

/** The client id: VS Code reads the `rfcAuthor.trace.server` setting from it. */
const CLIENT_ID = 'rfcAuthor';
const CLIENT_NAME = 'RFC Author';

/** The running language server as the rest of the extension sees it. */
export class ServerHandle implements vscode.Disposable {
  private readonly client: LanguageClient;
  private starting: Promise<void> | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<boolean>();
  /** Fires with `true` when the server is running, `false` when it stopped. */
  readonly onDidChangeRunning = this.stateEmitter.event;
  private readonly overviewEmitter = new vscode.EventEmitter<void>();
  /** Fires when the server says the workspace overview may have changed (`rfcAuthor/overviewChanged`). */
  readonly onOverviewChanged = this.overviewEmitter.event;

  constructor(context: vscode.ExtensionContext, readonly output: vscode.OutputChannel) {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'markdown' }],
      synchronize: {
        fileEvents: ['**/*.md', '**/.rfc-author.json', '**/rfc-author-suppressions.json'].map((glob) => vscode.workspace.createFileSystemWatcher(glob)),
      },
      outputChannel: output,
    };
    this.client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    this.client.onDidChangeState((e) => this.stateEmitter.fire(e.newState === State.Running));
    // Registered before start, so it holds for every start and restart of the server.
    this.client.onNotification(OVERVIEW_CHANGED_NOTIFICATION, () => this.overviewEmitter.fire());
  }

  get isRunning(): boolean {
    return this.client.isRunning();
  }

  /** Starts the server once; later calls wait for the same start. */
  start(): Promise<void> {
    this.starting ??= this.client.start().catch((e: unknown) => {
      this.starting = undefined;
      this.output.appendLine(`[client] The language server did not start: ${(e as Error).message}`);
      throw e;
    });
    return this.starting;
  }

  /** Resolves when the server runs (starting it if needed). */
  async ready(): Promise<void> {
    if (!this.client.isRunning()) await this.start();
  }

  async restart(): Promise<void> {
    this.output.appendLine('[client] Restarting the language server.');
    if (this.client.isRunning()) await this.client.restart();
    else {
      this.starting = undefined;
      await this.start();
    }
  }

  /** The phase summary of a document, or null when it is not an RFC (or the server is not running). */
  async phaseSummary(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<PhaseSummary | null> {
    if (!this.client.isRunning()) return null;
    const params: PhaseSummaryParams = { textDocument: { uri: this.client.code2ProtocolConverter.asUri(uri) } };
    return this.request<PhaseSummary | null>(PHASE_SUMMARY_REQUEST, params, token);
  }

  /** Every folder's RFCs for the explorer, or null when the server is not running. */
  async workspaceOverview(token?: vscode.CancellationToken): Promise<WorkspaceOverview | null> {
    if (!this.client.isRunning()) return null;
    const params: WorkspaceOverviewParams = {};
    return this.request<WorkspaceOverview>(WORKSPACE_OVERVIEW_REQUEST, params, token);
  }

  /**
   * Sends a custom request. The token is passed only when there is one: given `undefined`, the
   * JSON-RPC layer would send the parameters as the array `[params, null]`.
   */
  private request<R>(method: string, params: object, token: vscode.CancellationToken | undefined): Promise<R> {
    return token ? this.client.sendRequest<R>(method, params, token) : this.client.sendRequest<R>(method, params);
  }

  /**
   * Runs one of the server's commands (`SERVER_COMMANDS` in shared/protocol.ts) through
   * `workspace/executeCommand` and returns its result. The server must be running.
   */
  async executeServerCommand<T>(command: string, args: readonly unknown[]): Promise<T> {
    return (await this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [...args] })) as T;
  }

  async dispose(): Promise<void> {
    this.stateEmitter.dispose();
    this.overviewEmitter.dispose();
    if (this.client.needsStop()) await this.client.stop();
  }
}
