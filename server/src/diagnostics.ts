import type { CancellationToken, Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import { CancellationTokenSource, CodeLensRefreshRequest, DiagnosticRefreshRequest } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientFeatures } from './clientFeatures';
import type { FolderState } from './folderState';
import type { HandlerGuard } from './guard';
import type { OverviewNotifier } from './overviewNotifier';
import type { ProblemCountStore } from './problemCounts';
import type { WorkspaceDiagnostics } from './workspaceDiagnostics';
import type { WorkspaceFolders } from './workspaceFolders';

/** Push mode waits this long after the last keystroke before checking a document again. */
export const PUSH_DEBOUNCE_MS = 200;

/** Computes a document's diagnostics (undefined when it is no longer open). */
export type ComputeDiagnostics = (uri: string, token: CancellationToken) => Promise<Diagnostic[] | undefined>;

/** Who else hears of what the editor is given and of changes: the unopened RFCs, the badges, the explorer. */
export interface DiagnosticsListeners {
  readonly workspace: WorkspaceDiagnostics;
  readonly problems: ProblemCountStore;
  readonly overview: OverviewNotifier;
}

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
  private lensRefreshQueued = false;

  constructor(
    private readonly connection: Connection,
    private readonly client: ClientFeatures,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly folders: WorkspaceFolders,
    private readonly guard: HandlerGuard,
    private readonly compute: ComputeDiagnostics,
    private readonly listeners: DiagnosticsListeners,
  ) {}

  get pull(): boolean {
    return this.client.pullDiagnostics;
  }

  /** A document was opened (`immediate`) or edited. A pulling client asks by itself. */
  documentChanged(uri: string, immediate: boolean): void {
    if (!this.pull) this.schedule(uri, immediate ? 0 : PUSH_DEBOUNCE_MS);
    const folder = this.folders.folderOf(uri, false);
    if (folder) this.listeners.overview.changed(folder);
  }

  /**
   * A document was closed: its pushed diagnostics are withdrawn, unless it is an RFC and the folder
   * checks every RFC (then they are checked again from disk, and replaced).
   */
  documentClosed(uri: string, isRfc: boolean): void {
    this.cancel(uri);
    const folder = this.folders.folderOf(uri, false);
    const path = folder?.pathOf(uri);
    if (folder && path !== undefined && this.listeners.workspace.closed(folder, path, isRfc)) return;
    if (folder && path !== undefined) this.listeners.problems.delete(folder, path);
    if (!this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  /** The editor was given `diagnostics` for the open document at `uri` (a push or a pull answer). */
  answered(uri: string, diagnostics: readonly Diagnostic[]): void {
    const folder = this.folders.folderOf(uri, false);
    const path = folder?.pathOf(uri);
    if (folder && path !== undefined) this.listeners.problems.set(folder, path, diagnostics);
    this.listeners.workspace.answered();
  }

  /** Open documents of `folder` (workspace paths: RFCs, tasks, ADRs) whose diagnostics may have changed because other files did. */
  dependentsChanged(folder: FolderState, paths: readonly string[]): void {
    this.listeners.overview.changed(folder);
    if (paths.length === 0) return;
    this.listeners.workspace.invalidate(folder, paths);
    const wanted = new Set(paths);
    const open = this.openIn(folder).filter((d) => wanted.has(folder.pathOf(d.uri) ?? ''));
    if (open.length === 0) return;
    // A phase line's lens shows a task's status: the task may be what changed.
    this.requestLensRefresh();
    if (this.pull) this.requestRefresh();
    else for (const d of open) this.schedule(d.uri, PUSH_DEBOUNCE_MS);
  }

  /**
   * Files that are not documents came or went in `folder`: every open RFC is checked again (any may
   * name them, by name or suffix), and of the others only `namers`, the RFCs whose written paths may
   * name them (checking all 1,000 RFCs of a workspace after every build would cost seconds each time).
   */
  filesCameOrWent(folder: FolderState, namers: readonly string[]): void {
    this.listeners.workspace.invalidate(folder, namers);
    this.listeners.overview.changed(folder);
    this.requestLensRefresh();
    if (this.pull) this.requestRefresh();
    else for (const d of this.openIn(folder)) this.schedule(d.uri, 0);
  }

  /** Everything open (in `folder`, or anywhere) may have changed: configuration, index, template. */
  allChanged(folder?: FolderState): void {
    for (const f of folder ? [folder] : this.folders.all()) {
      this.listeners.workspace.invalidateAll(f);
      this.listeners.overview.changed(f);
    }
    this.requestLensRefresh();
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

  /** One `workspace/codeLens/refresh` per burst of changes, for a client that takes it. */
  requestLensRefresh(): void {
    if (!this.client.codeLensRefresh || this.lensRefreshQueued) return;
    this.lensRefreshQueued = true;
    setImmediate(() => {
      this.lensRefreshQueued = false;
      this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
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
      this.answered(uri, diagnostics);
    } finally {
      if (this.running.get(uri) === source) this.running.delete(uri);
    }
  }
}
