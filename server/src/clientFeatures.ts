import type { ClientCapabilities } from 'vscode-languageserver/node';

/**
 * What the connected client can do, read once from its `initialize` capabilities. Every choice
 * between two ways of serving (pull or push diagnostics, dynamic or no file watching, versioned or
 * plain edits) is made here, from capabilities, never from the client's name.
 */
export interface ClientFeatures {
  /** `textDocument/diagnostic`: the client pulls; otherwise the server pushes `publishDiagnostics`. */
  readonly pullDiagnostics: boolean;
  /** `workspace/diagnostic/refresh`: the server may ask a pulling client to pull again. */
  readonly diagnosticRefresh: boolean;
  /** `workspace/configuration`: settings are pulled per folder. */
  readonly configuration: boolean;
  readonly workspaceFolders: boolean;
  /** `workspace/didChangeWatchedFiles` may be registered dynamically. */
  readonly watchedFilesRegistration: boolean;
  readonly configurationRegistration: boolean;
  /** `window/workDoneProgress/create`: indexing shows progress. */
  readonly workDoneProgress: boolean;
  /** Workspace edits may carry versioned `documentChanges`. */
  readonly documentChanges: boolean;
  /** Workspace edits may create files (the "create the missing task" fix). */
  readonly createFiles: boolean;
  /** Workspace edits may rename files (a rename of an id renames its file). */
  readonly renameFiles: boolean;
  /** `textDocument/prepareRename`: the client asks what a rename would cover first. */
  readonly prepareRename: boolean;
  /** `workspace/applyEdit`: the server may ask the client to apply an edit (server commands). */
  readonly applyEdit: boolean;
  /** `workspace/codeLens/refresh`: the server may ask for lenses again (a task's status changed). */
  readonly codeLensRefresh: boolean;
  /** Document symbols may be a tree (`DocumentSymbol[]`), else a flat `SymbolInformation[]`. */
  readonly hierarchicalSymbols: boolean;
  /** A completion list may give its items one shared edit range (`itemDefaults.editRange`). */
  readonly completionEditRangeDefault: boolean;
}

export function clientFeatures(c: ClientCapabilities): ClientFeatures {
  return {
    pullDiagnostics: c.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: c.workspace?.diagnostics?.refreshSupport === true,
    configuration: c.workspace?.configuration === true,
    workspaceFolders: c.workspace?.workspaceFolders === true,
    watchedFilesRegistration: c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    configurationRegistration: c.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    workDoneProgress: c.window?.workDoneProgress === true,
    documentChanges: c.workspace?.workspaceEdit?.documentChanges === true,
    createFiles: c.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
    renameFiles: c.workspace?.workspaceEdit?.resourceOperations?.includes('rename') === true,
    prepareRename: c.textDocument?.rename?.prepareSupport === true,
    applyEdit: c.workspace?.applyEdit === true,
    codeLensRefresh: c.workspace?.codeLens?.refreshSupport === true,
    hierarchicalSymbols: c.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    completionEditRangeDefault: c.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange') === true,
  };
}
