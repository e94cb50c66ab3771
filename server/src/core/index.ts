/**
 * The one entry point to the core: `createRfcService` returns a frozen object whose methods the
 * language server's handlers and the CLI call. Each feature lives in its own module under
 * `features/` (or `codeActions/`); this file only wires them to one workspace.
 */
import type { CodeAction, CodeLens, CompletionItem, CompletionList, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-types';
import type { OverviewRfc, PhaseSummary } from '../../../shared/protocol';
import type { Cancellation } from './cancellation';
import { getCodeActions } from './codeActions';
import type { CodeActionContextLike } from './codeActions/edits';
import type { FixAllResult } from './codeActions/fixAll';
import { fixAll } from './codeActions/fixAll';
import { FIX_ALL_RULES } from './codeActions/quickFixes';
import { NEVER_CANCELLED } from './cancellation';
import type { RfcAuthorConfig } from './config';
import type { SourceDocument } from './host';
import type { RfcServiceOptions } from './service';
import type { BatchCheckService } from './batchCheck';
import { batchCheckOf } from './batchCheck';
export { missingParts, swappedParts } from './batchCheck';
import { dependentsOf, rfcsNamingFiles } from './dependents';
import { RfcWorkspace } from './service';
import { isDocumentKind } from './index/globs';
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
import type { ProblemsOf } from './features/overview';
import { getWorkspaceOverview } from './features/overview';
import { getPhaseSummary } from './features/phaseSummary';
import { getPhaseTaskLenses } from './features/codeLens';
import type { FileMove } from './features/fileMoves';
import type { IndexUpdate } from './features/indexFile';
import { currentIndexUpdate, updateIndexText } from './features/indexFile';
import { indexFilePath } from './features/indexTable';
import { getFileMoveEdits } from './features/fileMoves';
import type { RenameResult, RenameTarget } from './features/rename';
import { getRenameEdit, renameDocument, renameTargetAt } from './features/rename';
import { getReferences } from './features/references';
import { getWorkspaceSymbols } from './features/workspaceSymbols';

export interface RfcService extends BatchCheckService {
  /** The configuration in force (read-only; a new configuration means a new service). */
  readonly config: RfcAuthorConfig;
  /** Source of the active RFC template (`docs/rfcs/RFC-TEMPLATE.md`, `built-in templates/rfc.md`, or `none` when the team has no template). */
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
  /**
   * Every file the rules check: the RFCs, tasks and ADRs on disk (readable or not; not the RFC
   * template), sorted by path.
   */
  listCheckableDocuments(): Promise<string[]>;
  /** The folders the kind's globs name (`docs/rfcs`): where new documents of the kind go. */
  documentFolders(kind: DocKindWithId): readonly string[];
  kindOf(path: string): DocKind;
  /** URI of a workspace-relative path, as every client reads it. */
  uriOf(path: string): string;
  /** Workspace-relative path of a URI under the root, however the client encoded it; undefined outside. */
  pathOf(uri: string): string | undefined;
  /** An editor buffer changed (or opened); returns the documents (RFCs, tasks, ADRs) whose diagnostics may change as a result
   * (the document itself, and those that reference it or share its id). */
  updateDocument(doc: SourceDocument): string[];
  closeDocument(path: string): void;
  /**
   * A file changed on disk (created or modified); returns the documents that depend on it (or share
   * its id). Any file may come here, not only documents: a created file (or folder) joins the
   * repository list.
   */
  fileChanged(path: string): Promise<string[]>;
  /** A file (or a folder) was deleted on disk; returns the documents that depended on it (or shared its id). */
  fileDeleted(path: string): string[];
  /**
   * The RFCs whose written paths may name one of these files or folders (that are not documents): a
   * path ending in its name or holding it as a folder, or a loose path (an ellipsis, a glob). Which
   * RFCs to check again when such files come or go.
   */
  rfcsNamingFiles(paths: readonly string[]): string[];
  /**
   * The findings of a document. Only open documents (`updateDocument`) keep their parse between
   * calls, so a one-shot check of many files holds one parse at a time.
   */
  computeDiagnostics(doc: SourceDocument, token?: Cancellation): Promise<Finding[]>;
  /**
   * "Fix all": the document with every unambiguous quick fix applied (the fixes whose rule declares
   * them unambiguous for the finding, see `QUICK_FIXES` and docs/rules.md), through the editor's own
   * fix builders, in rounds until nothing changes. `edits` turn `doc.text` into `text`; `fixes` lists
   * each finding fixed. A fix never adds a finding (counted per rule), and a second call on `text`
   * changes nothing. The `source.fixAll.rfcAuthor` code action and `rfc-author check --fix` both use it.
   * Nothing for a document that is not an RFC, task or ADR.
   */
  getFixAll(doc: SourceDocument, token?: Cancellation): Promise<FixAllResult>;
  /**
   * The findings of a document by path, from its open buffer or else from disk: how the server
   * checks RFCs that are not open (`rfcAuthor.diagnostics.scope` = `workspace`). Undefined when the
   * file cannot be read or the run was cancelled.
   */
  computeFileDiagnostics(path: string, token?: Cancellation): Promise<Finding[] | undefined>;
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
  /**
   * `prepareRename`: the id under the cursor and the one document carrying it; `refused` says why it
   * cannot be renamed (it names no document, or several); undefined when the cursor is on no id.
   */
  prepareRename(doc: SourceDocument, position: Position, token?: Cancellation): RenameTarget | { refused: string } | undefined;
  /**
   * `rename`: the one edit that gives the document under the cursor the id `newName` — its title,
   * every reference in every file, and its file name (a `RenameFile` after the text edits) — with
   * notes on what it left alone (a range that would change meaning); or why it is refused.
   */
  getRenameEdit(doc: SourceDocument, position: Position, newName: string, token?: Cancellation): Promise<RenameResult>;
  /**
   * The `duplicate-id` fix (`rfcAuthor.server.renumber`): the document at `path`, which shares `id`
   * with another file, gets `newId`; only its title, its file name and the paths that resolve to it
   * alone change (bare mentions of a shared id may mean either file). Refused when `path` no longer
   * carries `id` or `newId` is taken.
   */
  getRenumberEdit(path: string, id: string, newId: string, token?: Cancellation): Promise<RenameResult>;
  /**
   * `willRenameFiles`: the edit that keeps every link when documents (or folders holding some) move
   * from `oldPath` to `newPath` — paths in their form, the moved files' own relative links, and the
   * mentions of an id the new file name changes — with notes on what it left; undefined when
   * nothing links to what moves. Applied before the move, it edits files at their old paths.
   */
  getFileMoveEdits(moves: readonly FileMove[], token?: Cancellation): Promise<{ edit: WorkspaceEdit; notes: readonly string[] } | undefined>;
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
  /**
   * Every RFC of the workspace for the RFC explorer (`rfcAuthor/workspaceOverview`), from the index
   * alone: status, phases and roll-up, the tasks it names, and `problemsOf(path)` — the counts of
   * what the editor shows for it (the caller knows what it published). Empty when cancelled.
   */
  getWorkspaceOverview(problemsOf: ProblemsOf, token?: Cancellation): OverviewRfc[];
  /** Workspace path of the file holding the generated RFC table (`indexFile`, else `README.md` in the RFC folder). */
  indexFilePath(): string;
  /**
   * The index file's `text` with its RFC table regenerated between the marker lines, from the index
   * (`rfc-author index`, "RFC: Update Index"): `current`, `updated` (the new text, and the one edit
   * that makes it), or `problem` (no markers). Undefined when cancelled.
   */
  updateIndexFile(text: string, token?: Cancellation): IndexUpdate | undefined;
  /** The same, for the index file as the editor has it (its open buffer and version, else the disk's). */
  getIndexFileUpdate(token?: Cancellation): Promise<{ update: IndexUpdate; version: number | null } | undefined>;
  /** CodeLens on an RFC's phase lines: each task a line names, with its status; a click opens it (`rfcAuthor.openDocument`). */
  getCodeLenses(doc: SourceDocument, token?: Cancellation): CodeLens[];
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
/** The paths of every document of the kinds given. */
function pathsOfKinds(ws: RfcWorkspace, kinds: ReadonlySet<DocKind>): string[] {
  return [...kinds].flatMap((kind) => [...ws.index.all(kind)].map((s) => s.path));
}

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
    listCheckableDocuments: async () => (await ws.listDocumentFiles()).filter((p) => isDocumentKind(ws.kindOf(p))).sort(),
    kindOf: (path) => ws.kindOf(path),
    uriOf: (path) => ws.uriOf(path),
    pathOf: (uri) => ws.pathOf(uri),
    updateDocument(doc) {
      const before = ws.index.get(doc.path);
      ws.updateDocument(doc);
      return dependentsOf(ws, doc.path, before);
    },
    closeDocument: (path) => ws.closeDocument(path),
    async fileChanged(path) {
      // Issue 9: a created file joins the repository list (a no-op for a path it holds already).
      // A metadata file that gave a document another day may change the eras of its kind.
      const redated = await ws.repositoryPathCreated(path);
      if (redated.size > 0) return pathsOfKinds(ws, redated);
      if (ws.isTemplatePath(path)) {
        await ws.loadTemplates();
        return [...ws.index.all('rfc')].map((s) => s.path);
      }
      // The task rules read the task template: a change to it may change every task's findings.
      if (path === ws.config.taskTemplate) {
        await ws.loadTemplates();
        return [...ws.index.all('task')].map((s) => s.path);
      }
      const before = ws.index.get(path);
      await ws.refreshFromDisk(path);
      return dependentsOf(ws, path, before);
    },
    fileDeleted(path) {
      // Issue 9: the file, or the folder with everything under it, leaves the repository list.
      const redated = ws.repositoryPathDeleted(path);
      const dependents = dependentsOf(ws, path);
      ws.removeFile(path);
      return redated.size > 0 ? [...new Set([...dependents, ...pathsOfKinds(ws, redated)])] : dependents;
    },
    rfcsNamingFiles: (paths) => rfcsNamingFiles(ws, paths),
    computeDiagnostics: (doc, token = NEVER_CANCELLED) => ws.computeDiagnostics(doc, token),
    async getFixAll(doc, token = NEVER_CANCELLED) {
      if (!isDocumentKind(ws.kindOf(doc.path))) return { text: doc.text, edits: [], fixes: [] };
      await ws.loadReferenced(doc);
      return fixAll(ws, doc, token);
    },
    ...batchCheckOf(ws),
    async computeFileDiagnostics(path, token = NEVER_CANCELLED) {
      const doc = await ws.currentDocument(path);
      if (!doc || token.isCancellationRequested) return undefined;
      const findings = await ws.computeDiagnostics(doc, token);
      return token.isCancellationRequested ? undefined : findings;
    },
    getCodeActions: (doc, range, context, token = NEVER_CANCELLED) => getCodeActions(ws, doc, range, context, token),
    getCompletions: (doc, position, token = NEVER_CANCELLED) => getCompletions(ws, doc, position, token),
    getCompletionList: (doc, position, token = NEVER_CANCELLED) => getCompletionList(ws, doc, position, token),
    getDocumentLinks: (doc, token = NEVER_CANCELLED) => getDocumentLinks(ws, doc, token),
    getDefinition: (doc, position, token = NEVER_CANCELLED) => getDefinition(ws, doc, position, token),
    getHover: (doc, position, token = NEVER_CANCELLED) => getHover(ws, doc, position, token),
    prepareRename: (doc, position, token = NEVER_CANCELLED) => (token.isCancellationRequested ? undefined : renameTargetAt(ws, doc, position)),
    getRenameEdit: (doc, position, newName, token = NEVER_CANCELLED) => getRenameEdit(ws, doc, position, newName, token),
    getFileMoveEdits: (moves, token = NEVER_CANCELLED) => getFileMoveEdits(ws, moves, token),
    getRenumberEdit: async (path, id, newId, token = NEVER_CANCELLED) =>
      ws.index.get(path)?.id === id ? renameDocument(ws, path, id, newId, true, token) : { refused: `${path} no longer carries ${id}.` },
    getReferences: (doc, position, includeDeclaration, token = NEVER_CANCELLED) => getReferences(ws, doc, position, includeDeclaration, token),
    getDocumentSymbols: (doc, token = NEVER_CANCELLED) => getDocumentSymbols(ws, doc, token),
    getWorkspaceSymbols: (query, token = NEVER_CANCELLED) => getWorkspaceSymbols(ws, query, token),
    getFoldingRanges: (doc, token = NEVER_CANCELLED) => getFoldingRanges(ws, doc, token),
    getPhaseSummary: (doc, token = NEVER_CANCELLED) => (token.isCancellationRequested ? null : getPhaseSummary(ws, doc)),
    getWorkspaceOverview: (problemsOf, token = NEVER_CANCELLED) => getWorkspaceOverview(ws, problemsOf, token) ?? [],
    getCodeLenses: (doc, token = NEVER_CANCELLED) => getPhaseTaskLenses(ws, doc, token),
    indexFilePath: () => indexFilePath(ws),
    updateIndexFile: (text, token = NEVER_CANCELLED) => updateIndexText(ws, text, token),
    getIndexFileUpdate: (token = NEVER_CANCELLED) => currentIndexUpdate(ws, token),
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

export type { RfcServiceOptions, SummaryCache } from './service';
export type { TrackedFindings } from './trackedFindings';
/** Whether the rules check a document of this kind: an RFC, a task or an ADR (not a template). */
export { isDocumentKind } from './index/globs';
/** What the index keeps of a file (id, title, status, kind, references): plain data, so a cache can store it. */
export type { DocSummary as IndexedSummary } from './index/summary';
/** The dependency keys a change of one document makes stale (for caches of findings). */
export { keysOfChange } from './dependencies';
export type { SourceDocument, WorkspaceHost, Logger } from './host';
export { SILENT_LOGGER } from './host';
export { detach } from './memo';
export type { Finding, Severity, SeveritySetting, DocKind } from './types';
export type { DocKindWithId } from './ids';
export type { Cancellation } from './cancellation';
export type { CodeActionContextLike, DiagnosticRef } from './codeActions/edits';
export type { AppliedFix, FixAllResult } from './codeActions/fixAll';
export type { MissingSection, SectionInsertion, LinkedDocument, NewDocumentPlan } from './features/commands';
export type { ProblemsOf } from './features/overview';
export type { RenameResult, RenameTarget } from './features/rename';
export type { FileMove } from './features/fileMoves';
export type { IndexUpdate } from './features/indexFile';
export { INDEX_END, INDEX_START, INDEX_STALE_CODE } from './features/indexFile';
export type { RfcAuthorConfig, ConfigProblem } from './config';
export { DEFAULT_CONFIG, resolveConfig } from './config';
export { parseConfigText } from './configText';
/**
 * `rfc-author init` and the editor's offer to configure a folder: the layout of a repository (its
 * documents, template and id form) from its file list, and the commented `.rfc-author.json` for it.
 */
export { detectLayout } from './layout/detect';
export type { DetectedLayout, LayoutConfig, LayoutNote } from './layout/detect';
export type { ReadFile } from './layout/templates';
export { layoutConfigText } from './layout/configFile';
export { FIX_ALL_KIND, FIX_ALL_TITLE, INSERT_MISSING_SECTIONS_KIND } from './codeActions';
export { LIMIT_CODE } from './diagnostics';
export { firstPlaceholder, sanitizeTitle } from './scaffold';
export type { TitleCheck } from './scaffold';
export { RULE_IDS } from './rules';
/** Bulk suppressions (ESLint 9's model), shared by the CLI and the language server. */
export { SUPPRESSIONS_FILE, applySuppressions, countByRule, parseSuppressions, prune, serializeSuppressions, suppress, suppressedRules, suppressionTotals } from './suppressions';
export type { FileFindings, SuppressionResult, Suppressions } from './suppressions';

/** What a rule says about itself: for SARIF, settings and documentation links. */
export interface RuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Whether "fix all" (`check --fix`, `source.fixAll.rfcAuthor`) fixes some of the rule's findings (docs/rules.md says which). */
  readonly fixAll: boolean;
}

/** Every rule, in catalogue order. */
export const RULE_CATALOGUE: readonly RuleInfo[] = Object.freeze(
  RULES.map((r) => Object.freeze({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, fixAll: FIX_ALL_RULES.includes(r.id) })),
);

/** Whether `id` is a rule of the catalogue (notices such as `file-limit` are not). */
export function isRuleId(id: string): boolean {
  return RULE_IDS.includes(id);
}
