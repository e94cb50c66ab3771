/**
 * A real LSP client for the protocol tests: starts the built server (`node dist/server.js --stdio`)
 * as a child process over a temporary copy of a workspace and talks JSON-RPC to it, recording what
 * the server sends on its own (diagnostics, messages, refreshes, registrations, progress).
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ClientCapabilities, Diagnostic, FullDocumentDiagnosticReport, InitializeResult, ProtocolConnection, PublishDiagnosticsParams, Registration, ShowMessageParams } from 'vscode-languageserver-protocol/node';
import {
  ConfigurationRequest, DocumentDiagnosticRequest, createProtocolConnection, ErrorCodes, ResponseError, DiagnosticRefreshRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest, LogMessageNotification, PublishDiagnosticsNotification,
  RegistrationRequest, ShowMessageNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

export const REPO = path.resolve(__dirname, '../..');
export const SERVER = path.join(REPO, 'dist/server.js');
export const FIXTURE = path.join(REPO, 'test/fixtures/protocol-workspace');

/** Capabilities of a client like VS Code: pulls diagnostics, accepts refreshes, registers watchers. */
export const PULL_CLIENT: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: {},
  },
  window: { workDoneProgress: true },
};

/** Capabilities of a client like Neovim 0.7: listens to `publishDiagnostics`, never pulls. */
export const PUSH_CLIENT: ClientCapabilities = {
  workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
  textDocument: { synchronization: {}, documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { relatedInformation: true } },
  window: {},
};

export interface StartOptions {
  readonly capabilities: ClientCapabilities;
  /** The workspace to copy (the fixture by default). */
  readonly workspace?: string;
  /** Extra environment for the server process. */
  readonly env?: Readonly<Record<string, string>>;
  /** What `workspace/configuration` answers for `rfcAuthor` (mutable through `client.settings`). */
  readonly settings?: Record<string, unknown>;
  /** Announce the root only as `rootUri` (no workspace folders), as older clients do. */
  readonly rootOnly?: boolean;
  /** Answer `window/workDoneProgress/create` with an error, as a client may. */
  readonly refuseProgress?: boolean;
  /** Folders of the copy to announce as workspace folders (the copy's root when absent). */
  readonly folders?: readonly string[];
  /** How to start the server (default: `node dist/server.js --stdio`); e.g. `rfc-author lsp`. */
  readonly command?: readonly [string, ...string[]];
}

export class TestClient {
  readonly published = new Map<string, PublishDiagnosticsParams>();
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  readonly registrations: Registration[] = [];
  readonly progress: { token: string | number; value: { kind: string; message?: string; percentage?: number } }[] = [];
  refreshes = 0;
  initializeResult!: InitializeResult;
  settings: Record<string, unknown>;
  private readonly versions = new Map<string, number>();
  private stderr = '';

  private constructor(readonly root: string, readonly process: ChildProcess, readonly connection: ProtocolConnection, settings: Record<string, unknown>) {
    this.settings = settings;
  }

  static async start(options: StartOptions): Promise<TestClient> {
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" (npm run test:protocol does).`);
    const root = copyWorkspace(options.workspace ?? FIXTURE);
    const [command, ...args] = options.command ?? [process.execPath, SERVER, '--stdio'];
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(root, child, connection, options.settings ?? {});
    child.stderr.on('data', (d: Buffer) => (client.stderr += d.toString()));
    client.listen(options.refuseProgress === true);
    connection.listen();
    const rootUri = URI.file(root).toString();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      capabilities: options.capabilities,
      workspaceFolders: options.rootOnly ? null : (options.folders ?? ['.']).map((f) => ({ uri: URI.file(path.join(root, f)).toString(), name: f })),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(refuseProgress: boolean): void {
    const c = this.connection;
    c.onNotification(PublishDiagnosticsNotification.type, (p) => void this.published.set(key(p.uri), p));
    c.onNotification(ShowMessageNotification.type, (p) => void this.messages.push(p));
    c.onNotification(LogMessageNotification.type, (p) => void this.logs.push(p.message));
    c.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'rfcAuthor' ? this.settings : null)));
    c.onRequest(RegistrationRequest.type, (p) => void this.registrations.push(...p.registrations));
    c.onRequest(WorkDoneProgressCreateRequest.type, () => (refuseProgress ? new ResponseError(ErrorCodes.InternalError, 'no progress here') : undefined));
    c.onRequest(DiagnosticRefreshRequest.type, () => void this.refreshes++);
    c.onNotification('$/progress', (p: TestClient['progress'][number]) => void this.progress.push(p));
  }

  /** Waits until the server logged that it finished indexing the workspace (`count` folders). */
  async indexed(count = 1): Promise<void> {
    await waitFor(() => this.logs.filter((l) => l.includes('[rfc-author] Indexed')).length >= count, 15000, 'the workspace index');
  }

  /** The URI of a workspace file, as VS Code writes it. */
  uri(rel: string): string {
    return URI.file(path.join(this.root, rel)).toString();
  }

  read(rel: string): string {
    return fs.readFileSync(path.join(this.root, rel), 'utf8');
  }

  write(rel: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(this.root, rel)), { recursive: true });
    fs.writeFileSync(path.join(this.root, rel), text);
  }

  /** Opens a workspace file (its text on disk unless given); returns its URI. */
  async open(rel: string, text?: string, uri = this.uri(rel)): Promise<string> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: text ?? this.read(rel) } });
    return uri;
  }

  /** Replaces a whole open document's text (an incremental change covering everything). */
  async replace(uri: string, oldText: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const lines = oldText.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text }] });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The latest diagnostics pushed for a URI. */
  pushedFor(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.get(key(uri));
  }

  /** What the server process wrote to stderr (for failure messages). */
  get errorOutput(): string {
    return this.stderr;
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 3000);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // A server that no longer answers is killed below.
    }
    await waitFor(() => this.process.exitCode !== null || this.process.signalCode !== null, 3000, 'server exit').catch(() => this.process.kill());
    this.connection.dispose();
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** URIs are compared decoded: the server may encode a path differently from the client. */
export function key(uri: string): string {
  return URI.parse(uri).fsPath;
}

/** Polls `condition` until it returns a truthy value (which it returns), or fails after `timeoutMs`. */
export async function waitFor<T>(condition: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 10000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

/** A fresh copy of a workspace in a temp folder whose name needs URI encoding (space, parentheses). */
export function copyWorkspace(source: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rfc author (protocol) '));
  fs.cpSync(source, root, { recursive: true });
  return fs.realpathSync(root);
}

/** The diagnostics the server gives a pull client for `uri` (a full report). */
export async function pullDiagnostics(c: TestClient, uri: string): Promise<Diagnostic[]> {
  return ((await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
}

/** The position `offset` characters into the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, offset = 1): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + offset };
}
