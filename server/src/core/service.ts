import { DocumentAnalysis } from './analysis';
import { BUILTIN_TEMPLATES } from './builtinTemplates';
import type { Cancellation } from './cancellation';
import { NEVER_CANCELLED } from './cancellation';
import type { RfcAuthorConfig } from './config';
import { DEFAULT_CONFIG, DEFAULT_TEMPLATE_PATH } from './config';
import { runRules } from './diagnostics';
import type { Logger, SourceDocument, WorkspaceHost } from './host';
import { SILENT_LOGGER } from './host';
import { DocumentClassifier, isDocumentKind } from './index/globs';
import type { RepositoryFileList } from './index/repositoryFiles';
import { forgetMetadataDays, metadataFileChanged, readMetadataDays } from './index/metadataDays';
import { RepositoryKeeper } from './index/repositoryKeeper';
import { ReferenceResolver } from './index/resolver';
import type { DocSummary, SummaryContext, SummaryDetail } from './index/summary';
import { summaryContext, summaryFromName, summaryOf } from './index/summary';
import { summarize } from './index/summarize';
import { WorkspaceIndex } from './index/workspaceIndex';
import { allReferences } from './parser/frontMatterReferences';
import type { IdGrammar } from './idGrammar';
import { DEFAULT_ID_GRAMMAR } from './idGrammar';
import { deriveIdGrammar } from './idSchemes';
import type { ParseOptions } from './parser/parseOptions';
import { DEFAULT_PARSE_OPTIONS } from './parser/parseOptions';
import { indexFileFindings } from './features/indexFile';
import { indexFilePath } from './features/indexTable';
import { parseRfc } from './parser/rfcParser';
import { RULES } from './rules';
import { StatusVocabulary } from './statuses';
import { taskTemplateModel } from './taskTemplate';
import type { TemplateModel } from './template';
import { templateFor } from './templateChoice';
import { builtinTemplate, loadTemplates } from './templateLoading';
import { sectionKeys } from './index/rfcSummaryFacts';
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
  /** Summaries kept from an earlier run, used instead of reading files that did not change (`check --cache`). */
  readonly summaryCache?: SummaryCache;
}

/**
 * A store of summaries from an earlier run (the CLI's `--cache`). `cached` answers a summary only
 * when the file has not changed since it was made (the store decides: size, time, content hash);
 * `stored` receives each summary the index makes from a file it read.
 */
export interface SummaryCache {
  cached(path: string, kind: DocKind): Promise<DocSummary | undefined>;
  stored(summary: DocSummary): void;
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
  /** The team's other templates beside the configured one (`siblingTemplatePaths`): an RFC written from one is held to it. */
  siblingTemplates: readonly TemplateModel[] = [];
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
  private readonly summaryCache: SummaryCache | undefined;
  /**
   * Open editor buffers by path: their summary comes from the buffer (disk reads must not replace
   * it), and a workspace-wide edit (a rename) edits their text and version, not the disk's.
   */
  private readonly open = new Map<string, SourceDocument>();
  /** How ids are written in this workspace (learned at `configure`). */
  ids: IdGrammar = DEFAULT_ID_GRAMMAR;
  /** What the parser follows: the id grammar and the template's layout. */
  parseOptions: ParseOptions = DEFAULT_PARSE_OPTIONS;
  /** The listing `configure` made, kept for the indexing that follows it. */
  private listing?: Promise<string[]>;
  /** The repository's file list, built by `indexWorkspace` and kept current from file events (see `repoFiles`). */
  private readonly repository: RepositoryKeeper;

  constructor(options: RfcServiceOptions) {
    this.host = options.host;
    this.rootUri = normalizeRootUri(options.rootUri ?? 'file:///workspace');
    this.logger = options.logger ?? SILENT_LOGGER;
    this.repository = new RepositoryKeeper(this.host, this.logger);
    this.today = options.today ?? (() => new Date().toISOString().slice(0, 10));
    this.indexDetail = options.indexDetail ?? 'full';
    this.summaryCache = options.summaryCache;
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
    // One walk: the template's choice may read some RFCs (`loadTemplates`), the index reads them all.
    this.listing = this.host.listFiles(DocumentClassifier.allGlobs(this.config), this.config.ignore);
    await this.loadTemplates();
    this.classifier = this.makeClassifier();
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

  /** Loads the RFC template, the templates beside it and the task template from the repository when it has them. */
  async loadTemplates(): Promise<void> {
    const loaded = await loadTemplates(this.host, this.config, this.templatePath, this.logger, this.listing);
    this.template = loaded.template;
    this.siblingTemplates = loaded.siblings;
    this.taskTemplate = loaded.taskTemplate;
    this.statuses = new StatusVocabulary(this.config, this.template);
  }

  /** Whether a path is one of the templates in force (the configured one or a sibling). */
  isTemplatePath(path: string): boolean {
    return path === this.templatePath || this.siblingTemplates.some((t) => t.source === path);
  }

  /**
   * Every file of the repository by name (`RepositoryFiles`), for resolving references the way a
   * reader does. Built once by `indexWorkspace` and kept current by `repositoryPathCreated` and
   * `repositoryPathDeleted`. Undefined until built, and when the host cannot list the repository:
   * callers must read undefined as "unknown", never as "no such file".
   */
  get repoFiles(): RepositoryFileList | undefined {
    return this.repository.files;
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
    const repository = this.repository.build();
    const paths = await this.listDocumentFiles();
    const docs = paths.filter((p) => isDocumentKind(this.kindOf(p)));
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
    if (!token.isCancellationRequested) await readMetadataDays(this.index, this.repository.files, (p) => this.host.readFile(p));
  }

  /** A file or folder was created (or changed) on disk: see `RepositoryKeeper.created` and `metadataFileChanged`. */
  async repositoryPathCreated(path: string): Promise<ReadonlySet<DocKind>> {
    await this.repository.created(path);
    return metadataFileChanged(this.index, this.repository.files, (p) => this.host.readFile(p), path);
  }

  /** A file or folder was deleted on disk: see `RepositoryKeeper.deleted` and `forgetMetadataDays`. */
  repositoryPathDeleted(path: string): ReadonlySet<DocKind> {
    this.repository.deleted(path);
    return forgetMetadataDays(this.index, path);
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
      if (isDocumentKind(kind) && !this.index.has(p)) this.index.set(summaryFromName(p, kind, this.ids));
    }
  }

  /** Reads one file from disk into the index (unless an editor buffer owns it). */
  async refreshFromDisk(path: string): Promise<void> {
    if (this.open.has(path)) return;
    const kind = this.kindOf(path);
    if (!isDocumentKind(kind)) return;
    const kept = await this.summaryCache?.cached(path, kind);
    if (kept && !this.open.has(path)) {
      this.index.set(kept);
      return;
    }
    const text = await this.host.readFile(path);
    if (this.open.has(path)) return;
    if (text === undefined) {
      this.index.remove(path);
      return;
    }
    const summary = summarize(path, kind, text, this.summaryContext(), this.indexDetail);
    this.index.set(summary);
    this.summaryCache?.stored(summary);
  }

  /** Makes sure the documents carrying these ids have been read (not only named). */
  async ensureLoaded(ids: Iterable<string>): Promise<void> {
    const pending: string[] = [];
    for (const id of ids) for (const s of this.index.byId(id)) if (!s.loaded) pending.push(s.path);
    await Promise.all(pending.map((p) => this.refreshFromDisk(p)));
  }

  /**
   * An editor buffer's text for `path`: it owns the index entry until `closeDocument`. Its summary is
   * derived from its parse, which the diagnostics that follow a keystroke then find cached: the text
   * is read once.
   */
  updateDocument(doc: SourceDocument): DocSummary | undefined {
    const kind = this.kindOf(doc.path);
    if (!isDocumentKind(kind)) return undefined;
    this.open.set(doc.path, doc);
    const summary = summaryOf(this.parse(doc), kind, this.summaryContext());
    this.index.set(summary);
    return summary;
  }

  /** The editor buffer of `path`, when it is open. */
  openDocument(path: string): SourceDocument | undefined {
    return this.open.get(path);
  }

  /** A document's text as the user sees it: the open buffer, else the file on disk (undefined when unreadable). */
  async currentDocument(path: string): Promise<SourceDocument | undefined> {
    const open = this.open.get(path);
    if (open) return open;
    const text = await this.host.readFile(path);
    return text === undefined ? undefined : { path, text, version: 0 };
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
  parse(doc: SourceDocument, keep = true): RfcDocument {
    const cached = this.parsed.get(doc.path) ?? (this.lastParsed?.path === doc.path ? this.lastParsed : undefined);
    if (cached && cached.version === doc.version && cached.text.text === doc.text) return cached;
    // An open buffer's parse reuses its previous version's where the edit left it unchanged.
    const open = keep && this.open.has(doc.path);
    const parsed = parseRfc(doc.path, doc.version, doc.text, this.parseOptions, open ? { previous: this.parsed.get(doc.path) } : undefined);
    if (!keep) return parsed;
    if (open) this.parsed.set(doc.path, parsed);
    else this.lastParsed = parsed;
    return parsed;
  }

  /**
   * The analysis of a document. `keep: false` for a text that is not the document's own (the rounds
   * of "fix all"): its parse must not replace the cached parse of the open buffer.
   */
  analyze(doc: SourceDocument, keep = true): DocumentAnalysis {
    return this.analysisOf(this.parse(doc, keep), this.index, this.resolver);
  }

  /** The analysis of a parse against an index and a resolver (the workspace's, or recording views of them). */
  analysisOf(parsed: RfcDocument, index: WorkspaceIndex, resolver: ReferenceResolver): DocumentAnalysis {
    const kind = this.kindOf(parsed.path);
    return new DocumentAnalysis(
      parsed, kind === 'rfc' ? templateFor(parsed, this.template, this.siblingTemplates, this.config) : this.template, this.config, index, resolver, this.statuses, this.today(), this.classifier.folders, this.ids,
      kind === 'task' || kind === 'adr' ? kind : 'rfc', taskTemplateModel(this.taskTemplate), this.siblingTemplates.length === 0,
    );
  }

  /** What index summaries read the template, configuration and conventions for (owners field, aliases, ids, layout). */
  summaryContext(): SummaryContext {
    return summaryContext(this.template, this.config, this.parseOptions);
  }

  /** Today as `YYYY-MM-DD` (the injected clock). */
  todayIso(): string {
    return this.today();
  }

  /**
   * Findings for a document: RFCs, tasks and ADRs get the enabled rules of their kind; other files
   * (and the template) none.
   */
  async computeDiagnostics(doc: SourceDocument, token: Cancellation = NEVER_CANCELLED): Promise<Finding[]> {
    // The index file is not an RFC: its one finding says whether its generated table is current.
    if (doc.path === indexFilePath(this)) return indexFileFindings(this, doc, token);
    if (!isDocumentKind(this.kindOf(doc.path))) return [];
    await this.loadReferenced(doc);
    if (token.isCancellationRequested) return [];
    return this.diagnose(doc, token);
  }

  /** Makes sure the documents that a document's ids name have been read (their titles and statuses). */
  async loadReferenced(doc: SourceDocument): Promise<void> {
    await this.ensureLoaded(allReferences(this.parse(doc)).flatMap((r) => r.ids));
  }

  /** Synchronous diagnostics from what the index already knows. */
  diagnose(doc: SourceDocument, token: Cancellation = NEVER_CANCELLED): Finding[] {
    const kind = this.kindOf(doc.path);
    if (!isDocumentKind(kind)) return [];
    const analysis = this.analyze(doc);
    this.noteSections(analysis.doc);
    return this.findingsOf(analysis, token);
  }

  /**
   * What the rules read of an RFC's sections stays in the index where its summary has none (the
   * CLI's `rules` detail): once every RFC has been read, `sectionOnset` can tell their eras. The keys,
   * for a cache to keep (undefined for other kinds).
   */
  noteSections(doc: RfcDocument): readonly string[] | undefined {
    if (this.kindOf(doc.path) !== 'rfc') return undefined;
    return this.index.noteSections(doc.path, () => sectionKeys(doc, this.parseOptions));
  }

  /** The findings of an analysed document: every enabled rule, at its configured severity. */
  findingsOf(a: DocumentAnalysis, token: Cancellation = NEVER_CANCELLED): Finding[] {
    return runRules(a, RULES, (rule) => this.config.rules[rule.id] ?? rule.defaultSeverity, token);
  }

  private makeClassifier(): DocumentClassifier {
    return new DocumentClassifier(this.config, [this.templatePath, ...this.siblingTemplates.map((t) => t.source)]);
  }
}
