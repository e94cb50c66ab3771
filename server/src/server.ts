import type { Connection, InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver/node';
import { MessageType, ShowMessageNotification, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import type { ClientFeatures } from './clientFeatures';
import { clientFeatures } from './clientFeatures';
import type { ServerContext } from './context';
import { openDocument } from './context';
import type { OverviewRfc } from '../../shared/protocol';
import type { Cancellation, Logger } from './core';
import { Diagnostics } from './diagnostics';
import { diagnosticsOf } from './features/diagnostics';
import { FEATURES } from './features';
import type { FolderEnvironment, FolderState } from './folderState';
import { HandlerGuard } from './guard';
import { OverviewNotifier } from './overviewNotifier';
import { ProblemCountStore } from './problemCounts';
import { SettingsStore } from './settings';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';
import { WorkspaceFolders } from './workspaceFolders';

export interface ServerOptions {
  /** Test hook: the handler that throws on every call (see main.ts, `RFC_AUTHOR_TEST_FAULT`). */
  readonly fault?: string;
}

/**
 * Serves RFC Author over a connection: reads the client's capabilities at `initialize`, announces
 * what each feature offers, and after `initialized` indexes the workspace folders in the background.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const logger: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  const guard = new HandlerGuard(logger, options.fault);
  let ctx: ServerContext | undefined;
  let roots: string[] = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const client = clientFeatures(params.capabilities);
    roots = WorkspaceFolders.rootsOf(params);
    ctx = createContext(connection, documents, client, guard, logger);
    for (const feature of FEATURES) feature.register?.(ctx);
    return { capabilities: serverCapabilities(client), serverInfo: { name: 'rfc-author', version } };
  });

  connection.onInitialized(() => {
    if (!ctx) return;
    const started = ctx;
    for (const feature of FEATURES) guard.background('initialized', () => Promise.resolve(feature.initialized?.(started)));
    for (const root of roots) ctx.folders.add(root);
    logger.info(`[rfc-author] Serving ${roots.length} workspace folder(s) with ${ctx.client.pullDiagnostics ? 'pull' : 'push'} diagnostics.`);
  });

  connection.onShutdown(() => {
    ctx?.diagnostics.dispose();
    ctx?.workspaceDiagnostics.dispose();
    ctx?.overview.dispose();
    ctx?.folders.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

function createContext(connection: Connection, documents: TextDocuments<TextDocument>, client: ClientFeatures, guard: HandlerGuard, logger: Logger): ServerContext {
  const settings = new SettingsStore(connection, client, (m) => logger.warn(m));
  // The folders, the diagnostics and the context refer to each other: the closures below read
  // `ctx` only when called, after it exists.
  const env: FolderEnvironment = {
    settings,
    logger,
    openDocuments: () => documents.all(),
    warn: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined),
    startProgress: (title) => startProgress(connection, client, title),
    changed: (folder) => ctx.diagnostics.allChanged(folder),
  };
  const folders = new WorkspaceFolders(env);
  const background = (name: string, work: () => Promise<void>): void => guard.background(name, work);
  const overviewOf = async (folder: FolderState, token?: Cancellation): Promise<OverviewRfc[] | undefined> =>
    (await folder.service())?.getWorkspaceOverview((path) => ctx.problems.of(folder, path), token);
  const overview = new OverviewNotifier(connection, (folder) => overviewOf(folder), background);
  const problems = new ProblemCountStore((folder) => overview.changed(folder));
  const workspaceDiagnostics = new WorkspaceDiagnostics(connection, client, documents, folders, settings, problems, background, (m) => logger.info(m));
  const diagnostics = new Diagnostics(connection, client, documents, folders, guard, (uri, token) => diagnosticsOf(ctx, uri, token), { workspace: workspaceDiagnostics, problems, overview });
  const ctx: ServerContext = {
    connection, documents, client, folders, settings, guard, diagnostics, workspaceDiagnostics, problems, overview,
    open: (uri) => openDocument(folders, documents, uri),
    overviewOf,
  };
  return ctx;
}

function serverCapabilities(client: ClientFeatures): ServerCapabilities {
  const out: ServerCapabilities = {};
  for (const feature of FEATURES) {
    const caps = feature.capabilities?.(client) ?? {};
    Object.assign(out, caps, caps.workspace ? { workspace: { ...out.workspace, ...caps.workspace } } : {});
  }
  return out;
}

/** Work-done progress for indexing, when the client shows it; a silent reporter otherwise. */
async function startProgress(connection: Connection, client: ClientFeatures, title: string): Promise<{ report(done: number, total: number): void; done(): void }> {
  const silent = { report: () => undefined, done: () => undefined };
  if (!client.workDoneProgress) return silent;
  // A client that refuses the progress token still gets its index, only without progress.
  const reporter = await connection.window.createWorkDoneProgress().catch(() => undefined);
  if (!reporter) return silent;
  reporter.begin(`RFC Author: ${title}`, 0, undefined, false);
  let lastPercent = -1;
  return {
    report(done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      reporter.report(percent, `${done}/${total} files`);
    },
    done: () => reporter.done(),
  };
}
