import type { CancellationToken, Connection, Diagnostic, TextDocuments, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver/node';
import { CancellationTokenSource, DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { editorSetting } from '../../shared/settings';
import type { EditorSettingValue } from '../../shared/settings';
import type { ClientFeatures } from './clientFeatures';
import type { RfcService } from './core';
import { toDiagnostic } from './features/diagnostics';
import type { FolderState } from './folderState';
import type { ProblemCountStore } from './problemCounts';
import type { SettingsStore } from './settings';
import type { WorkspaceFolders } from './workspaceFolders';

export type DiagnosticsScope = EditorSettingValue<'diagnostics.scope'>;

/** Invalidations are gathered this long before a push pass starts (a burst of file events is one pass). */
const PASS_DEBOUNCE_MS = 200;
/** The workspace pass waits at most this long for the first answer to an open document. */
const FIRST_ANSWER_WAIT_MS = 5000;
/** How long a client that pulls documents has to ask `workspace/diagnostic` before it is served by push. */
const PULL_GRACE_MS = 2000;
/** A pull answer sends its reports in chunks of this many documents (partial results). */
const CHUNK = 25;
/** The result id of a report that withdrew a document's diagnostics. */
const CLEARED = 'cleared';

/** What is known of one folder's RFCs that are not open. */
interface FolderEntries {
  /** Per path: the stamp of its last invalidation. */
  readonly stamps: Map<string, number>;
  /** Every path is at least this stale (configuration, template or index changed as a whole). */
  floor: number;
  /** Per path: the result id last pushed (pull clients hold theirs and send them back). */
  readonly given: Map<string, string>;
  /** Paths whose editor diagnostics must be withdrawn (closed in `openFiles` scope, pull clients). */
  readonly withdraw: Set<string>;
  scope?: DiagnosticsScope;
}

/**
 * `rfcAuthor.diagnostics.scope` = `workspace`: the findings of every RFC that is not open, without
 * opening it. A pulling client that asks `workspace/diagnostic` gets them as workspace reports (the
 * request is held open until something changed, and streams partial results); any other client
 * gets `publishDiagnostics` pushes. Either way the first pass starts after the folder is indexed and
 * after the first answer to an open document, so startup is not slower. Each RFC carries a stamp,
 * bumped when a file it depends on changes (the core says which); only RFCs whose stamp moved are
 * checked again.
 */
export class WorkspaceDiagnostics {
  private readonly folders = new Map<FolderState, FolderEntries>();
  private stampCounter = 0;
  private firstAnswered!: () => void;
  private readonly firstAnswer = new Promise<void>((resolve) => (this.firstAnswered = resolve));
  /** Whether the client asked `workspace/diagnostic` (then it is served by pull, else by push). */
  private pulling = false;
  private pulled!: () => void;
  private readonly pullArrived = new Promise<void>((resolve) => (this.pulled = resolve));
  private waiters: (() => void)[] = [];
  private passTimer?: NodeJS.Timeout;
  private passRunning?: Promise<void>;
  private passAgain = false;
  private readonly disposed = new CancellationTokenSource();

  constructor(
    private readonly connection: Connection,
    private readonly client: ClientFeatures,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: WorkspaceFolders,
    private readonly settings: SettingsStore,
    private readonly problems: ProblemCountStore,
    private readonly background: (name: string, work: () => Promise<void>) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** An open document got its first diagnostics: the workspace pass may start. */
  answered(): void {
    this.firstAnswered();
  }

  /** The RFCs at `paths` may have other findings now. */
  invalidate(folder: FolderState, paths: readonly string[]): void {
    const entries = this.entries(folder);
    for (const p of paths) entries.stamps.set(p, ++this.stampCounter);
    this.changed();
  }

  /** Every RFC of the folder may have other findings now (indexed, reconfigured, template changed). */
  invalidateAll(folder: FolderState): void {
    this.entries(folder).floor = ++this.stampCounter;
    this.changed();
  }

  /**
   * A document was closed. True when its diagnostics stay (an RFC, and the folder's scope is
   * `workspace`: it is checked again from disk), so the caller must not clear them.
   */
  closed(folder: FolderState, path: string, isRfc: boolean): boolean {
    const entries = this.entries(folder);
    if (isRfc && entries.scope === 'workspace') return true;
    // A pulling client keeps a closed document's last diagnostics until a workspace report says otherwise.
    if (this.client.pullDiagnostics) {
      entries.withdraw.add(path);
      this.changed();
    }
    return false;
  }

  /** The editor settings may have changed: every folder's scope is read again. */
  settingsChanged(): void {
    for (const entries of this.folders.values()) {
      entries.scope = undefined;
      entries.floor = ++this.stampCounter;
    }
    this.changed();
  }

  dispose(): void {
    this.disposed.cancel();
    clearTimeout(this.passTimer);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /**
   * `workspace/diagnostic`: full reports for the RFCs whose findings changed since `previous` (URI →
   * result id), and empty ones for those that left the scope; held open until there is one.
   * `partial` streams reports in chunks while a first pass over many RFCs runs.
   */
  async pull(previous: readonly { uri: string; value: string }[], token: CancellationToken, partial?: (items: WorkspaceDocumentDiagnosticReport[]) => void): Promise<WorkspaceDocumentDiagnosticReport[]> {
    if (!this.pulling) this.stopPushing();
    const held = new Map(previous.map((p) => [uriKey(p.uri), p.value]));
    for (;;) {
      const woken = this.nextChange();
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      let reported = false;
      for (const folder of this.workspace.all()) {
        const service = await this.ready(folder);
        if (!service || token.isCancellationRequested) continue;
        await this.sweep(folder, service, token, {
          held: (path) => held.get(uriKey(service.uriOf(path))),
          heldPaths: () => [...held].filter(([, v]) => v !== CLEARED).map(([k]) => folder.pathOf(URI.file(k).toString())).filter((p): p is string => p !== undefined),
          give(path, diagnostics, resultId) {
            const uri = service.uriOf(path);
            held.set(uriKey(uri), resultId);
            items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics });
            reported = true;
            if (partial && items.length >= CHUNK) partial(items.splice(0));
          },
        });
      }
      if (reported || token.isCancellationRequested || this.disposed.token.isCancellationRequested) return items;
      await Promise.race([woken, new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()))]);
    }
  }

  private changed(): void {
    for (const wake of this.waiters.splice(0)) wake();
    if (this.pulling) return;
    clearTimeout(this.passTimer);
    this.passTimer = setTimeout(() => this.background('workspaceDiagnostics', () => this.runPasses()), PASS_DEBOUNCE_MS);
  }

  private nextChange(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** The client pulls after all: what was pushed is withdrawn, and its pulls take over. */
  private stopPushing(): void {
    this.pulling = true;
    this.pulled();
    clearTimeout(this.passTimer);
    for (const [folder, entries] of this.folders) {
      for (const path of entries.given.keys()) void this.connection.sendDiagnostics({ uri: URI.file(`${folder.rootPath}/${path}`).toString(), diagnostics: [] }).catch(() => undefined);
      entries.given.clear();
    }
  }

  /** Push passes, one at a time; invalidations during a pass start another one after it. */
  private async runPasses(): Promise<void> {
    if (this.passRunning) {
      this.passAgain = true;
      return;
    }
    try {
      do {
        this.passAgain = false;
        this.passRunning = this.pushPass();
        await this.passRunning;
      } while (this.passAgain && !this.pulling && !this.disposed.token.isCancellationRequested);
    } finally {
      this.passRunning = undefined;
    }
  }

  private async pushPass(): Promise<void> {
    // A client that pulls documents asks for workspace reports at its start (VS Code does): give
    // its request a moment to arrive before serving it by push instead.
    if (this.client.pullDiagnostics) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.pullArrived, new Promise<void>((resolve) => (timer = setTimeout(resolve, PULL_GRACE_MS)))]);
      clearTimeout(timer);
    }
    for (const folder of this.workspace.all()) {
      const service = await this.ready(folder);
      if (!service || this.pulling) continue;
      const given = this.entries(folder).given;
      await this.sweep(folder, service, this.disposed.token, {
        held: (path) => given.get(path),
        heldPaths: () => [...given.keys()],
        give: (path, diagnostics, resultId) => {
          if (resultId === CLEARED) given.delete(path);
          else given.set(path, resultId);
          void this.connection.sendDiagnostics({ uri: service.uriOf(path), diagnostics }).catch(() => undefined);
        },
      });
    }
  }

  /**
   * Brings one folder up to date with what the editor holds: each RFC in scope (not open) whose stamp
   * moved since it was given is checked and given; each path the editor holds that left the scope
   * (deleted, or the scope is `openFiles` now) is given an empty list.
   */
  private async sweep(folder: FolderState, service: RfcService, token: CancellationToken, editor: Giver): Promise<void> {
    const entries = this.entries(folder);
    if (entries.scope === undefined) {
      entries.scope = editorSetting(await this.settings.forFolder(folder.rootUri), 'diagnostics.scope');
      this.log(`[rfc-author] Diagnostics scope of ${folder.rootPath}: ${entries.scope}.`);
    }
    const open = this.openPaths(folder);
    const rfcs = entries.scope === 'workspace' ? service.documentPaths('rfc').filter((p) => !open.has(p)) : [];
    const started = Date.now();
    let checked = 0;
    for (const path of rfcs) {
      if (token.isCancellationRequested) return;
      const resultId = String(Math.max(entries.stamps.get(path) ?? 0, entries.floor));
      if (editor.held(path) === resultId) continue;
      const findings = await service.computeFileDiagnostics(path, token);
      if (findings === undefined || token.isCancellationRequested) continue;
      const diagnostics = findings.map(toDiagnostic);
      editor.give(path, diagnostics, resultId);
      this.problems.set(folder, path, diagnostics);
      checked++;
    }
    if (checked > 0) this.log(`[rfc-author] Checked ${checked} RFC(s) that are not open under ${folder.rootPath} in ${Date.now() - started} ms.`);
    const inScope = new Set(rfcs);
    // A pulling client's open document is its document pull's; a pushing client's is replaced by the
    // open document's publish, unless it pulls documents and only these were pushed.
    const keepOpen = !this.client.pullDiagnostics || this.pulling;
    for (const path of new Set([...editor.heldPaths(), ...entries.withdraw])) {
      if (inScope.has(path) || (open.has(path) && keepOpen)) continue;
      entries.withdraw.delete(path);
      if (editor.held(path) === CLEARED) continue;
      editor.give(path, [], CLEARED);
      if (!open.has(path)) this.problems.delete(folder, path);
    }
  }

  /** The folder's service once indexed, and after the first answer to an open document (if one is open). */
  private async ready(folder: FolderState): Promise<RfcService | undefined> {
    const service = await folder.indexedService();
    if (this.openPaths(folder).size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.firstAnswer, new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_ANSWER_WAIT_MS)))]);
      clearTimeout(timer);
    }
    return service;
  }

  private openPaths(folder: FolderState): Set<string> {
    const out = new Set<string>();
    for (const d of this.documents.all()) {
      if (this.workspace.folderOf(d.uri, false) !== folder) continue;
      const p = folder.pathOf(d.uri);
      if (p !== undefined) out.add(p);
    }
    return out;
  }

  private entries(folder: FolderState): FolderEntries {
    let e = this.folders.get(folder);
    if (!e) this.folders.set(folder, (e = { stamps: new Map(), floor: 0, given: new Map(), withdraw: new Set() }));
    return e;
  }
}

/** What the editor holds, and how to give it a document's diagnostics (a push, or a pull report). */
interface Giver {
  held(path: string): string | undefined;
  heldPaths(): Iterable<string>;
  give(path: string, diagnostics: Diagnostic[], resultId: string): void;
}

/** URIs compared decoded: the client may encode a path differently from the server. */
function uriKey(uri: string): string {
  return URI.parse(uri).fsPath;
}
