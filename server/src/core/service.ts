import { DocumentAnalysis } from './analysis';
import { BUILTIN_RFC_TEMPLATE_SOURCE, BUILTIN_TEMPLATES } from './builtinTemplates';
import type { Cancellation } from './cancellation';
import { NEVER_CANCELLED } from './cancellation';
import type { RfcAuthorConfig } from './config';
import { DEFAULT_CONFIG, DEFAULT_TEMPLATE_PATH } from './config';
import { runRules } from './diagnostics';
import type { Logger, SourceDocument, WorkspaceHost } from './host';
import { SILENT_LOGGER } from './host';
import { DocumentClassifier } from './index/globs';
import type { RepositoryFileList } from './index/repositoryFiles';
import { RepositoryFiles } from './index/repositoryFiles';
import { ReferenceResolver } from './index/resolver';
import type { DocSummary } from './index/summary';
import type { SummaryDetail } from './index/summary';
import { summarize, summaryFromName } from './index/summary';
import { WorkspaceIndex } from './index/workspaceIndex';
import { binaryReason } from './parser/binary';
import type { IdGrammar } from './idGrammar';
import { DEFAULT_ID_GRAMMAR } from './idGrammar';
import { deriveIdGrammar } from './idSchemes';
import type { ParseOptions } from './parser/parseOptions';
import { DEFAULT_PARSE_OPTIONS } from './parser/parseOptions';
import { parseRfc } from './parser/rfcParser';
import { RULES } from './rules';
import { StatusVocabulary } from './statuses';
import type { TemplateModel } from './template';
import { buildTemplate } from './template';
import type { DocKind, Finding, RfcDocument } from './types';
import { normalizeRootUri, pathOfUri, uriOfPath } from './uris';

export interface RfcServiceOptions {
  readonly host: WorkspaceHost;
  /** URI of the workspace root (`file:///…`); document paths are relative to it. */
  readonly rootUri?: string;
  readonly config?: RfcAuthorConfig;
  readonly logger?: Logger;
  /** Today as `YYYY-MM-DD`; the real date when absent. */
  readonly today?: () => string;
  /**
   * What the index keeps of files read from disk: `full` (default) for an editor; `rules` for a
   * one-shot check, which never asks for references, hovers or completions (see `SummaryDetail`).
   */
  readonly indexDetail?: SummaryDetail;
}

/** How many files are read at once while indexing. */
const READ_CONCURRENCY = 16;

/**
 * The state of one workspace root: configuration, active template, index and parse cache. The LSP
 * server holds one per workspace folder; the CLI holds one per run. Feature modules read it; only
 * the methods here change it.
 */
export class RfcWorkspace {
  config: RfcAuthorConfig;
  template: TemplateModel;
  taskTemplate: string;
  classifier: DocumentClassifier;
  statuses: StatusVocabulary;
  readonly index = new WorkspaceIndex();
  resolver: ReferenceResolver;
  readonly logger: Logger;
  readonly host: WorkspaceHost;
  readonly rootUri: string;
  private readonly parsed = new Map<string, RfcDocument>();
  /** The last parse of a document that is not open (see `parse`). */
  private lastParsed: RfcDocument | undefined;
  private readonly today: () => string;
  private readonly indexDetail: SummaryDetail;
  /** Paths whose summary comes from an open editor buffer (disk reads must not replace it). */
  private readonly open = new Set<string>();
  /** How ids are written in this workspace (learned at `configure`). */
  ids: IdGrammar = DEFAULT_ID_GRAMMAR;
  /** What the parser follows: the id grammar and the template's layout. */
  parseOptions: ParseOptions = DEFAULT_PARSE_OPTIONS;
  /** The listing `configure` made, kept for the indexing that follows it. */
  private listing?: Promise<string[]>;
  /** See `repoFiles`. */
  private repositoryFiles?: RepositoryFiles;
  /** Created and deleted paths told while the repository list is being built, replayed after it. */
  private repoEventsWhileBuilding?: { readonly path: string; readonly created: boolean }[];

  constructor(options: RfcServiceOptions) {
    this.host = options.host;
    this.rootUri = normalizeRootUri(options.rootUri ?? 'file:///workspace');
    this.logger = options.logger ?? SILENT_LOGGER;
    this.today = options.today ?? (() => new Date().toISOString().slice(0, 10));
    this.indexDetail = options.indexDetail ?? 'full';
    this.config = options.config ?? DEFAULT_CONFIG;
    this.template = builtinTemplate();
    this.taskTemplate = BUILTIN_TEMPLATES.task;
    this.classifier = this.makeClassifier();
    this.statuses = new StatusVocabulary(this.config, this.template);
    this.resolver = this.makeResolver();
  }

  /**
   * Applies a configuration: loads the template it names (the repository's own wins), and learns
   * from the template and the file names how documents are laid out and how ids are written.
   */
  async configure(config: RfcAuthorConfig): Promise<void> {
    this.config = config;
    await this.loadTemplates();
    this.classifier = this.makeClassifier();
    this.listing = this.host.listFiles(DocumentClassifier.allGlobs(this.config), this.config.ignore);
    this.learnConventions(await this.listing);
    this.resolver = this.makeResolver();
    this.parsed.clear();
    this.lastParsed = undefined;
  }

  /** The id grammar and parse options from the template and the listed documents. */
  private learnConventions(listed: readonly string[]): void {
    const structure = this.template.structure;
    this.ids = deriveIdGrammar(this.config, this.classifier, listed, structure.idPrefix ? { prefix: structure.idPrefix } : {});
    const titleId = structure.titleId?.kind === 'prefixed' ? { kind: 'prefixed' as const, prefix: this.ids.prefixOf('rfc') } : structure.titleId;
    this.parseOptions = { ids: this.ids, sectionLevel: structure.sectionLevel, hasTitle: structure.hasTitle, ...(titleId ? { titleId } : {}) };
  }

  private makeResolver(): ReferenceResolver {
    return new ReferenceResolver(this.index, this.classifier, (p) => this.host.probe(p), this.ids, () => this.repoFiles);
  }

  /** Loads the RFC and task templates from the repository when it has them. */
  async loadTemplates(): Promise<void> {
    const path = this.templatePath;
    const text = await this.host.readFile(path);
    const binary = text === undefined ? undefined : binaryReason(text);
    if (text !== undefined && text.trim().length > 0 && !binary) this.template = buildTemplate(text, path);
    else {
      if (binary) this.logger.warn(`The template "${path}" looks binary (${binary}); using the built-in template.`);
      else if (this.config.template) this.logger.warn(`The configured template "${this.config.template}" cannot be read; using the built-in template.`);
      this.template = builtinTemplate();
    }
    const task = this.config.taskTemplate ? await this.host.readFile(this.config.taskTemplate) : undefined;
    this.taskTemplate = task ?? BUILTIN_TEMPLATES.task;
    this.statuses = new StatusVocabulary(this.config, this.template);
  }

  /**
   * Every file of the repository by name (`RepositoryFiles`), for resolving references the way a
   * reader does. Built once by `indexWorkspace` and kept current by `repositoryPathCreated` and
   * `repositoryPathDeleted`. Undefined until built, and when the host cannot list the repository:
   * callers must read undefined as "unknown", never as "no such file".
   */
  get repoFiles(): RepositoryFileList | undefined {
    return this.repositoryFiles;
  }

  get templatePath(): string {
    return this.config.template ?? DEFAULT_TEMPLATE_PATH;
  }

  /** URI of a workspace-relative path (vscode-uri's encoding, which every client reads). */
  uriOf(path: string): string {
    return uriOfPath(this.rootUri, path);
  }

  /** Workspace-relative path of a URI under the root, however the client encoded it; undefined outside. */
  pathOf(uri: string): string | undefined {
    return pathOfUri(this.rootUri, uri);
  }

  kindOf(path: string): DocKind {
    return this.classifier.kindOf(path);
  }

  /**
   * Builds the index: first every document by file name (ids are known at once), then each file's
   * summary, read with bounded concurrency. Calls `onProgress(done, total)` as files are read.
   */
  async indexWorkspace(token: Cancellation = NEVER_CANCELLED, onProgress?: (done: number, total: number) => void): Promise<void> {
    // The repository list is built alongside the documents (it needs none of them) and awaited at the end.
    const repository = this.buildRepositoryFiles();
    const paths = await this.listDocumentFiles();
    const docs = paths.filter((p) => {
      const k = this.kindOf(p);
      return k === 'rfc' || k === 'task' || k === 'adr';
    });
    for (const p of docs) if (!this.index.has(p)) this.index.set(summaryFromName(p, this.kindOf(p), this.ids));
    let next = 0;
    let done = 0;
    const worker = async (): Promise<void> => {
      while (next < docs.length && !token.isCancellationRequested) {
        const path = docs[next++];
        await this.refreshFromDisk(path);
        onProgress?.(++done, docs.length);
      }
    };
    await Promise.all([...Array.from({ length: Math.min(READ_CONCURRENCY, docs.length) }, worker), repository]);
  }

  /** Lists the repository's files once through the host; a host that cannot leaves `repoFiles` undefined. */
  private async buildRepositoryFiles(): Promise<void> {
    if (!this.host.listRepositoryFiles) return;
    this.repoEventsWhileBuilding = [];
    let listed: readonly string[] | undefined;
    try {
      listed = await this.host.listRepositoryFiles();
    } catch (e) {
      this.logger.warn(`Cannot list the repository's files: ${String(e)}`);
    }
    const events = this.repoEventsWhileBuilding;
    this.repoEventsWhileBuilding = undefined;
    if (listed === undefined) return;
    this.repositoryFiles = new RepositoryFiles(listed);
    for (const e of events) {
      if (e.created) await this.repositoryPathCreated(e.path);
      else this.repositoryPathDeleted(e.path);
    }
  }

  /**
   * A file or folder was created (or changed) on disk: what the host lists at or under it joins the
   * repository list. A path the list already holds costs one binary search, so every change event
   * may come here.
   */
  async repositoryPathCreated(path: string): Promise<void> {
    if (this.repoEventsWhileBuilding) return void this.repoEventsWhileBuilding.push({ path, created: true });
    const files = this.repositoryFiles;
    if (!files || files.has(path) || !this.host.listRepositoryFiles) return;
    let found: readonly string[] = [];
    try {
      found = await this.host.listRepositoryFiles(path);
    } catch (e) {
      this.logger.warn(`Cannot list the repository's files under ${path}: ${String(e)}`);
    }
    for (const p of found) files.add(p);
  }

  /** A file or folder was deleted on disk: it leaves the repository list, with everything under it. */
  repositoryPathDeleted(path: string): void {
    if (this.repoEventsWhileBuilding) return void this.repoEventsWhileBuilding.push({ path, created: false });
    const files = this.repositoryFiles;
    if (files && !files.remove(path)) files.removeFolder(path);
  }

  /** Every file the globs of any document kind match (the host's listing; the one `configure` made is used once). */
  listDocumentFiles(): Promise<string[]> {
    const listing = this.listing;
    this.listing = undefined;
    return listing ?? this.host.listFiles(DocumentClassifier.allGlobs(this.config), this.config.ignore);
  }

  /** Indexes every document by its file name only: ids are known, nothing is read. */
  async indexNames(token: Cancellation = NEVER_CANCELLED): Promise<void> {
    const paths = await this.listDocumentFiles();
    for (const p of paths) {
      if (token.isCancellationRequested) return;
      const kind = this.kindOf(p);
      if ((kind === 'rfc' || kind === 'task' || kind === 'adr') && !this.index.has(p)) this.index.set(summaryFromName(p, kind, this.ids));
    }
  }

  /** Reads one file from disk into the index (unless an editor buffer owns it). */
  async refreshFromDisk(path: string): Promise<void> {
    if (this.open.has(path)) return;
    const kind = this.kindOf(path);
    if (kind !== 'rfc' && kind !== 'task' && kind !== 'adr') return;
    const text = await this.host.readFile(path);
    if (this.open.has(path)) return;
    if (text === undefined) this.index.remove(path);
    else this.index.set(summarize(path, kind, text, this.indexDetail, this.ids));
  }

  /** Makes sure the documents carrying these ids have been read (not only named). */
  async ensureLoaded(ids: Iterable<string>): Promise<void> {
    const pending: string[] = [];
    for (const id of ids) for (const s of this.index.byId(id)) if (!s.loaded) pending.push(s.path);
    await Promise.all(pending.map((p) => this.refreshFromDisk(p)));
  }

  /** An editor buffer's text for `path`: it owns the index entry until `closeDocument`. */
  updateDocument(doc: SourceDocument): DocSummary | undefined {
    const kind = this.kindOf(doc.path);
    if (kind !== 'rfc' && kind !== 'task' && kind !== 'adr') return undefined;
    this.open.add(doc.path);
    const summary = summarize(doc.path, kind, doc.text, 'full', this.ids);
    this.index.set(summary);
    return summary;
  }

  closeDocument(path: string): void {
    this.open.delete(path);
    this.parsed.delete(path);
  }

  removeFile(path: string): void {
    this.open.delete(path);
    this.parsed.delete(path);
    this.index.remove(path);
  }

  /**
   * The parsed model of a document; parsed once per version. Open documents keep their parse until
   * they close; any other document only until the next one is parsed, so a one-shot check of many
   * files holds one parse at a time.
   */
  parse(doc: SourceDocument): RfcDocument {
    const cached = this.parsed.get(doc.path) ?? (this.lastParsed?.path === doc.path ? this.lastParsed : undefined);
    if (cached && cached.version === doc.version && cached.text.text === doc.text) return cached;
    const parsed = parseRfc(doc.path, doc.version, doc.text, this.parseOptions);
    if (this.open.has(doc.path)) this.parsed.set(doc.path, parsed);
    else this.lastParsed = parsed;
    return parsed;
  }

  analyze(doc: SourceDocument): DocumentAnalysis {
    return new DocumentAnalysis(this.parse(doc), this.template, this.config, this.index, this.resolver, this.statuses, this.today(), this.classifier.folders, this.ids);
  }

  /** Today as `YYYY-MM-DD` (the injected clock). */
  todayIso(): string {
    return this.today();
  }

  /** Findings for a document: RFCs get every enabled rule; other files (and the template) none. */
  async computeDiagnostics(doc: SourceDocument, token: Cancellation = NEVER_CANCELLED): Promise<Finding[]> {
    if (this.kindOf(doc.path) !== 'rfc') return [];
    const parsed = this.parse(doc);
    await this.ensureLoaded(parsed.references.flatMap((r) => r.ids));
    if (token.isCancellationRequested) return [];
    return this.diagnose(doc, token);
  }

  /** Synchronous diagnostics from what the index already knows. */
  diagnose(doc: SourceDocument, token: Cancellation = NEVER_CANCELLED): Finding[] {
    if (this.kindOf(doc.path) !== 'rfc') return [];
    const a = this.analyze(doc);
    return runRules(a, RULES, (rule) => this.config.rules[rule.id] ?? rule.defaultSeverity, token);
  }

  /** RFCs whose diagnostics may change when `path` changes (they reference its id or path). */
  dependents(path: string, previousId?: string): string[] {
    const ids = new Set<string>();
    const id = this.index.get(path)?.id;
    if (id) ids.add(id);
    if (previousId) ids.add(previousId);
    const out = new Set<string>();
    for (const i of ids) for (const p of this.index.referrers(i)) if (p !== path && this.kindOf(p) === 'rfc') out.add(p);
    return [...out];
  }

  private makeClassifier(): DocumentClassifier {
    return new DocumentClassifier(this.config, [this.templatePath]);
  }
}

let builtin: TemplateModel | undefined;

/** The built-in template's model, built once per process (it never changes; startup pays for it once). */
function builtinTemplate(): TemplateModel {
  return (builtin ??= buildTemplate(BUILTIN_TEMPLATES.rfc, BUILTIN_RFC_TEMPLATE_SOURCE));
}
