import type { CancellationToken, Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import { CancellationTokenSource, DiagnosticRefreshRequest } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientFeatures } from './clientFeatures';
import type { FolderState } from './folderState';
import type { HandlerGuard } from './guard';
import type { WorkspaceFolders } from './workspaceFolders';

/** Push mode waits this long after the last keystroke before checking a document again. */
export const PUSH_DEBOUNCE_MS = 200;

/** Computes a document's diagnostics (undefined when it is no longer open). */
export type ComputeDiagnostics = (uri: string, token: CancellationToken) => Promise<Diagnostic[] | undefined>;

/**
 * Keeps the editor's diagnostics current, in whichever mode the client chose: a pulling client is
 * asked to pull again (`workspace/diagnostic/refresh`) when other files changed; for a client that
 * only listens, the server pushes `publishDiagnostics`, debounced while the user types, and drops a
 * result that a newer edit has overtaken.
 */
export class Diagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, CancellationTokenSource>();
  private refreshQueued = false;

  constructor(
    private readonly connection: Connection,
    private readonly client: ClientFeatures,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly folders: WorkspaceFolders,
    private readonly guard: HandlerGuard,
    private readonly compute: ComputeDiagnostics,
  ) {}

  get pull(): boolean {
    return this.client.pullDiagnostics;
  }

  /** A document was opened (`immediate`) or edited. A pulling client asks by itself. */
  documentChanged(uri: string, immediate: boolean): void {
    if (!this.pull) this.schedule(uri, immediate ? 0 : PUSH_DEBOUNCE_MS);
  }

  /** A document was closed: its pushed diagnostics are withdrawn. */
  documentClosed(uri: string): void {
    this.cancel(uri);
    if (!this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  /** Open documents of `folder` (workspace paths: RFCs, tasks, ADRs) whose diagnostics may have changed because other files did. */
  dependentsChanged(folder: FolderState, paths: readonly string[]): void {
    if (paths.length === 0) return;
    const wanted = new Set(paths);
    const open = this.openIn(folder).filter((d) => wanted.has(folder.pathOf(d.uri) ?? ''));
    if (open.length === 0) return;
    if (this.pull) this.requestRefresh();
    else for (const d of open) this.schedule(d.uri, PUSH_DEBOUNCE_MS);
  }

  /** Everything open (in `folder`, or anywhere) may have changed: configuration, index, template. */
  allChanged(folder?: FolderState): void {
    if (this.pull) this.requestRefresh();
    else for (const d of folder ? this.openIn(folder) : this.documents.all()) this.schedule(d.uri, 0);
  }

  dispose(): void {
    for (const uri of [...this.timers.keys(), ...this.running.keys()]) this.cancel(uri);
  }

  private openIn(folder: FolderState): TextDocument[] {
    return this.documents.all().filter((d) => this.folders.folderOf(d.uri, false) === folder);
  }

  /** One refresh request per burst of changes; clients without refresh pull on their own schedule. */
  private requestRefresh(): void {
    if (!this.client.diagnosticRefresh || this.refreshQueued) return;
    this.refreshQueued = true;
    setImmediate(() => {
      this.refreshQueued = false;
      this.connection.sendRequest(DiagnosticRefreshRequest.type).catch(() => undefined);
    });
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.guard.background('publishDiagnostics', () => this.publish(uri));
    }, delay));
  }

  private cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.running.get(uri)?.cancel();
    this.running.delete(uri);
  }

  private async publish(uri: string): Promise<void> {
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return;
    const source = new CancellationTokenSource();
    this.running.set(uri, source);
    try {
      const diagnostics = await this.compute(uri, source.token);
      if (source.token.isCancellationRequested || diagnostics === undefined || this.documents.get(uri)?.version !== version) return;
      await this.connection.sendDiagnostics({ uri, version, diagnostics });
    } finally {
      if (this.running.get(uri) === source) this.running.delete(uri);
    }
  }
}
