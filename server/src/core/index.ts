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
import type { DocKind, Finding, Severity } from './types';
import type { DocKindWithId } from './ids';
import { DEFAULT_CONFIG } from './config';
import { RULE_IDS, RULES } from './rules';
import type { LinkedDocument, MissingSection, NewDocumentPlan, SectionInsertion } from './features/commands';
import { documentId, linkedTasks, missingSections, newRfcText, newTaskText, planNewDocument, sectionInsertion, taskLink } from './features/commands';
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
  /** The configuration in force (read-only; a new configuration means a new service). */
  readonly config: RfcAuthorConfig;
  /** Source of the active RFC template (`docs/rfcs/RFC-TEMPLATE.md`, or `built-in templates/rfc.md`). */
  readonly templateSource: string;
  /** Indexes every document of the workspace: by name at once, then each file's summary. */
  indexWorkspace(token?: Cancellation, onProgress?: (done: number, total: number) => void): Promise<void>;
  /** Indexes the documents by file name only (ids known, nothing read): enough for numbering and lookups. */
  indexNames(token?: Cancellation): Promise<void>;
  /** How many documents the index holds. */
  documentCount(): number;
  /**
   * How many files the repository list holds (issue 9: every file of the repository by name, for
   * resolving references); undefined until `indexWorkspace` built it, or when the host cannot list
   * the repository. For logs and tests: the resolver reads the list itself.
   */
  repositoryFileCount(): number | undefined;
  /** Workspace-relative paths of the indexed documents of a kind, sorted. */
  documentPaths(kind: DocKindWithId): string[];
  /** The files on disk that the globs make documents of a kind (readable or not), sorted. */
  listDocuments(kind: DocKindWithId): Promise<string[]>;
  /** The folders the kind's globs name (`docs/rfcs`): where new documents of the kind go. */
  documentFolders(kind: DocKindWithId): readonly string[];
  kindOf(path: string): DocKind;
  /** URI of a workspace-relative path, as every client reads it. */
  uriOf(path: string): string;
  /** Workspace-relative path of a URI under the root, however the client encoded it; undefined outside. */
  pathOf(uri: string): string | undefined;
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
  /**
   * The findings of a document. Only open documents (`updateDocument`) keep their parse between
   * calls, so a one-shot check of many files holds one parse at a time.
   */
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
  getPhaseSummary(doc: SourceDocument, token?: Cancellation): PhaseSummary | null;
  /** The template sections an RFC lacks, in template order ("Insert Section…"). */
  getMissingSections(doc: SourceDocument, token?: Cancellation): MissingSection[];
  /** The edit that inserts template section `name` where the template puts it. */
  getSectionInsertion(doc: SourceDocument, name: string, token?: Cancellation): SectionInsertion | undefined;
  /** The tasks a document links, with their titles and statuses ("Go to Linked Task…"). */
  getLinkedTasks(doc: SourceDocument, token?: Cancellation): Promise<LinkedDocument[]>;
  /** The id of an RFC, from its title or file name. */
  getDocumentId(doc: SourceDocument): string | undefined;
  /** Folder, id and path of a new document of `kind` ("New RFC", "New Task"); `existing` are the kind's paths. */
  planNewDocument(kind: DocKindWithId, title: string, existing: readonly string[], fallbackFolder: string): NewDocumentPlan;
  /** The text of a new RFC from the active template. */
  newRfcText(values: { id: string; title: string; today: string }): string;
  /** The text of a new task from the task template, linked to its RFC. */
  newTaskText(values: { id: string; title: string; today: string; rfcId: string }): string;
  /** The placeholders of the active template (the client selects the first one left in a new RFC). */
  templatePlaceholders(): readonly string[];
  /** The edit that links a new task from an RFC's Links → Tasks item; undefined when already linked. */
  getTaskLinkEdit(rfc: SourceDocument, taskPath: string, taskId: string): { range: Range; newText: string } | undefined;
}

/** A service over a workspace configured with `options.config` (its template read from the host). */
export async function createRfcService(options: RfcServiceOptions): Promise<RfcService> {
  const ws = new RfcWorkspace(options);
  await ws.configure(options.config ?? DEFAULT_CONFIG);
  return serviceFor(ws);
}

/**
 * The facade over an existing workspace state. For white-box tests that build an `RfcWorkspace`
 * themselves; everything else calls `createRfcService`.
 */
export function serviceFor(ws: RfcWorkspace): RfcService {
  const service: RfcService = {
    get config() {
      return ws.config;
    },
    get templateSource() {
      return ws.template.source;
    },
    indexWorkspace: (token = NEVER_CANCELLED, onProgress) => ws.indexWorkspace(token, onProgress),
    indexNames: (token = NEVER_CANCELLED) => ws.indexNames(token),
    documentCount: () => ws.index.size,
    repositoryFileCount: () => ws.repoFiles?.size,
    documentPaths: (kind) => [...ws.index.all(kind)].map((s) => s.path).sort(),
    documentFolders: (kind) => ws.classifier.folders[kind],
    listDocuments: async (kind) => (await ws.listDocumentFiles()).filter((p) => ws.kindOf(p) === kind).sort(),
    kindOf: (path) => ws.kindOf(path),
    uriOf: (path) => ws.uriOf(path),
    pathOf: (uri) => ws.pathOf(uri),
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
    getPhaseSummary: (doc, token = NEVER_CANCELLED) => (token.isCancellationRequested ? null : getPhaseSummary(ws, doc)),
    getMissingSections: (doc, token = NEVER_CANCELLED) => missingSections(ws, doc, token),
    getSectionInsertion: (doc, name, token = NEVER_CANCELLED) => sectionInsertion(ws, doc, name, token),
    getLinkedTasks: (doc, token = NEVER_CANCELLED) => linkedTasks(ws, doc, token),
    getDocumentId: (doc) => documentId(ws, doc),
    planNewDocument: (kind, title, existing, fallbackFolder) => planNewDocument(ws, kind, title, existing, fallbackFolder),
    newRfcText: (values) => newRfcText(ws, values),
    newTaskText: (values) => newTaskText(ws, values),
    templatePlaceholders: () => ws.template.placeholders,
    getTaskLinkEdit: (rfc, taskPath, taskId) => taskLink(ws, rfc, taskPath, taskId),
  };
  return Object.freeze(service);
}

export type { RfcServiceOptions } from './service';
export type { SourceDocument, WorkspaceHost, Logger } from './host';
export { SILENT_LOGGER } from './host';
export type { Finding, Severity, SeveritySetting, DocKind } from './types';
export type { DocKindWithId } from './ids';
export type { Cancellation } from './cancellation';
export type { CodeActionContextLike, DiagnosticRef } from './codeActions/edits';
export type { MissingSection, SectionInsertion, LinkedDocument, NewDocumentPlan } from './features/commands';
export type { RfcAuthorConfig, ConfigProblem } from './config';
export { DEFAULT_CONFIG, parseConfigText, resolveConfig } from './config';
export { FIX_ALL_KIND, INSERT_MISSING_SECTIONS_KIND } from './codeActions';
export { LIMIT_CODE } from './diagnostics';
export { firstPlaceholder, sanitizeTitle } from './scaffold';
export type { TitleCheck } from './scaffold';
export { RULE_IDS } from './rules';

/** What a rule says about itself: for SARIF, settings and documentation links. */
export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
}

/** Every rule, in catalogue order. */
export const RULE_CATALOGUE: readonly RuleInfo[] = Object.freeze(RULES.map((r) => Object.freeze({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity })));

/** Whether `id` is a rule of the catalogue (notices such as `file-limit` are not). */
export function isRuleId(id: string): boolean {
  return RULE_IDS.includes(id);
}
