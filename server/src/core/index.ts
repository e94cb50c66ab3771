/**
 * The one entry point to the core: `createRfcService` returns a frozen object whose methods the
 * language server's handlers and the CLI call. Each feature lives in its own module under
 * `features/` (or `codeActions/`); this file only wires them to one workspace.
 */
import type { CodeAction, CompletionItem, CompletionList, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SymbolInformation } from 'vscode-languageserver-types';
import type { PhaseSummary } from '../../../shared/protocol';
import type { Cancellation } from './cancellation';
import { getCodeActions } from './codeActions';
import type { CodeActionContextLike } from './codeActions/edits';
import { NEVER_CANCELLED } from './cancellation';
import type { RfcAuthorConfig } from './config';
import type { SourceDocument } from './host';
import type { RfcServiceOptions } from './service';
import { RfcWorkspace } from './service';
import type { DocKind, Finding } from './types';
import { getCompletionList, getCompletions } from './features/completion';
import { getDefinition } from './features/definition';
import { getDocumentLinks } from './features/documentLinks';
import { getDocumentSymbols } from './features/documentSymbols';
import { getFoldingRanges } from './features/folding';
import { getHover } from './features/hover';
import { getPhaseSummary } from './features/phaseSummary';
import { getReferences } from './features/references';
import { getWorkspaceSymbols } from './features/workspaceSymbols';

export interface RfcService {
  /** The workspace state (config, template, index); features read it. */
  readonly workspace: RfcWorkspace;
  configure(config: RfcAuthorConfig): Promise<void>;
  indexWorkspace(token?: Cancellation, onProgress?: (done: number, total: number) => void): Promise<void>;
  kindOf(path: string): DocKind;
  /** An editor buffer changed (or opened); returns the RFCs whose diagnostics may change as a result. */
  updateDocument(doc: SourceDocument): string[];
  closeDocument(path: string): void;
  /**
   * A file changed on disk (created or modified); returns the RFCs that depend on it. Any file may
   * come here, not only documents: a created file (or folder) joins the repository list.
   */
  fileChanged(path: string): Promise<string[]>;
  /** A file (or a folder) was deleted on disk; returns the RFCs that depended on it. */
  fileDeleted(path: string): string[];
  computeDiagnostics(doc: SourceDocument, token?: Cancellation): Promise<Finding[]>;
  /** Quick fixes for the diagnostics in `context` and the source actions, honouring `context.only`. */
  getCodeActions(doc: SourceDocument, range: Range, context: CodeActionContextLike, token?: Cancellation): CodeAction[];
  /** Link targets, statuses, phase markers, missing sections or owners, by where the cursor is. */
  getCompletions(doc: SourceDocument, position: Position, token?: Cancellation): CompletionItem[];
  /** The same completion as a list whose link items share `itemDefaults.editRange` (fast at thousands of items). */
  getCompletionList(doc: SourceDocument, position: Position, token?: Cancellation): CompletionList;
  /** A link on every path and id reference that resolves inside the workspace. */
  getDocumentLinks(doc: SourceDocument, token?: Cancellation): DocumentLink[];
  /** The top of each document the reference under the cursor names. */
  getDefinition(doc: SourceDocument, position: Position, token?: Cancellation): Location[];
  /** Title, status, kind, path and first lines of the documents the reference under the cursor names. */
  getHover(doc: SourceDocument, position: Position, token?: Cancellation): Hover | undefined;
  /** Every place in the workspace that names the id under the cursor (or the document's own id on its title). */
  getReferences(doc: SourceDocument, position: Position, includeDeclaration: boolean, token?: Cancellation): Location[];
  /** Outline: title, sections, subsections and phase lines. */
  getDocumentSymbols(doc: SourceDocument, token?: Cancellation): DocumentSymbol[];
  /** Every RFC, task and ADR by `ID: title`, filtered by `query`. */
  getWorkspaceSymbols(query: string, token?: Cancellation): SymbolInformation[];
  /** Sections, front matter and fenced code blocks. */
  getFoldingRanges(doc: SourceDocument, token?: Cancellation): FoldingRange[];
  /** The `rfcAuthor/phaseSummary` answer: null for a document that is not an RFC. */
  getPhaseSummary(doc: SourceDocument): PhaseSummary | null;
}

export function createRfcService(options: RfcServiceOptions): RfcService {
  const ws = new RfcWorkspace(options);
  const service: RfcService = {
    workspace: ws,
    configure: (config) => ws.configure(config),
    indexWorkspace: (token = NEVER_CANCELLED, onProgress) => ws.indexWorkspace(token, onProgress),
    kindOf: (path) => ws.kindOf(path),
    updateDocument(doc) {
      const before = ws.index.get(doc.path)?.id;
      ws.updateDocument(doc);
      return ws.dependents(doc.path, before);
    },
    closeDocument: (path) => ws.closeDocument(path),
    async fileChanged(path) {
      // Issue 9: a created file joins the repository list (a no-op for a path it holds already).
      await ws.repositoryPathCreated(path);
      if (path === ws.templatePath) {
        await ws.loadTemplates();
        return [...ws.index.all('rfc')].map((s) => s.path);
      }
      const before = ws.index.get(path)?.id;
      await ws.refreshFromDisk(path);
      return ws.dependents(path, before);
    },
    fileDeleted(path) {
      // Issue 9: the file, or the folder with everything under it, leaves the repository list.
      ws.repositoryPathDeleted(path);
      const dependents = ws.dependents(path);
      ws.removeFile(path);
      return dependents;
    },
    computeDiagnostics: (doc, token = NEVER_CANCELLED) => ws.computeDiagnostics(doc, token),
    getCodeActions: (doc, range, context, token = NEVER_CANCELLED) => getCodeActions(ws, doc, range, context, token),
    getCompletions: (doc, position, token = NEVER_CANCELLED) => getCompletions(ws, doc, position, token),
    getCompletionList: (doc, position, token = NEVER_CANCELLED) => getCompletionList(ws, doc, position, token),
    getDocumentLinks: (doc, token = NEVER_CANCELLED) => getDocumentLinks(ws, doc, token),
    getDefinition: (doc, position, token = NEVER_CANCELLED) => getDefinition(ws, doc, position, token),
    getHover: (doc, position, token = NEVER_CANCELLED) => getHover(ws, doc, position, token),
    getReferences: (doc, position, includeDeclaration, token = NEVER_CANCELLED) => getReferences(ws, doc, position, includeDeclaration, token),
    getDocumentSymbols: (doc, token = NEVER_CANCELLED) => getDocumentSymbols(ws, doc, token),
    getWorkspaceSymbols: (query, token = NEVER_CANCELLED) => getWorkspaceSymbols(ws, query, token),
    getFoldingRanges: (doc, token = NEVER_CANCELLED) => getFoldingRanges(ws, doc, token),
    getPhaseSummary: (doc) => getPhaseSummary(ws, doc),
  };
  return Object.freeze(service);
}

export type { RfcServiceOptions } from './service';
export type { SourceDocument, WorkspaceHost, Logger } from './host';
export type { Finding, Severity, SeveritySetting, DocKind } from './types';
export type { Cancellation } from './cancellation';
export type { CodeActionContextLike, DiagnosticRef } from './codeActions/edits';
export { FIX_ALL_KIND, INSERT_MISSING_SECTIONS_KIND } from './codeActions';
