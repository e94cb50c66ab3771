import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OverviewRfc } from '../../shared/protocol';
import type { ClientFeatures } from './clientFeatures';
import type { Cancellation, RfcService, SourceDocument } from './core';
import type { Diagnostics } from './diagnostics';
import type { FolderState } from './folderState';
import type { HandlerGuard } from './guard';
import type { OverviewNotifier } from './overviewNotifier';
import type { ProblemCountStore } from './problemCounts';
import type { SettingsStore } from './settings';
import type { WorkspaceDiagnostics } from './workspaceDiagnostics';
import type { WorkspaceFolders } from './workspaceFolders';

/** An open document, ready for a core call: its service and its text as the core reads it. */
export interface OpenDocument {
  readonly folder: FolderState;
  readonly service: RfcService;
  readonly doc: SourceDocument;
  readonly uri: string;
}

/** What every feature handler is given: the connection and the server's state (nothing global). */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly client: ClientFeatures;
  readonly folders: WorkspaceFolders;
  readonly settings: SettingsStore;
  readonly guard: HandlerGuard;
  readonly diagnostics: Diagnostics;
  /** The RFCs that are not open, when `rfcAuthor.diagnostics.scope` is `workspace`. */
  readonly workspaceDiagnostics: WorkspaceDiagnostics;
  /** Counts of what the editor was given per document (the explorer's badges). */
  readonly problems: ProblemCountStore;
  readonly overview: OverviewNotifier;
  /** The open document at `uri` with its service, or undefined (not open, not a file, no workspace). */
  open(uri: string): Promise<OpenDocument | undefined>;
  /** A folder's part of the workspace overview, with the editor's problem counts; undefined without a service. */
  overviewOf(folder: FolderState, token?: Cancellation): Promise<OverviewRfc[] | undefined>;
}

/** Looks up an open document and the service of its folder. */
export async function openDocument(folders: WorkspaceFolders, documents: TextDocuments<TextDocument>, uri: string): Promise<OpenDocument | undefined> {
  if (!documents.get(uri)) return undefined;
  const place = await folders.place(uri);
  const text = documents.get(uri);
  if (!place || !text) return undefined;
  return { folder: place.folder, service: place.service, uri, doc: { path: place.path, text: text.getText(), version: text.version } };
}
