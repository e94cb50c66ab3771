import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { RfcService } from './core';
import { createRfcService } from './core';
import type { Logger } from './core';
import { loadConfig } from './node/config';
import type { NodeHost } from './node/nodeHost';
import { isWithin } from './node/nodeHost';
import { RepositoryHost } from './node/repositoryHost';
import type { SuppressedSeverity } from '../../shared/settings';
import { suppressedSeverityOf } from '../../shared/settings';
import { SuppressionsSource } from './node/suppressionsSource';
import type { SettingsStore } from './settings';
import { effectiveConfig } from './settings';

/** What a folder needs from the server around it. */
export interface FolderEnvironment {
  readonly settings: SettingsStore;
  readonly logger: Logger;
  /** The documents open in the editor (the folder picks its own). */
  openDocuments(): readonly TextDocument[];
  /** Says a configuration problem to the user (a `window/showMessage` warning). */
  warn(message: string): void;
  /** Reports indexing progress; returns the reporter's `done`. */
  startProgress(title: string): Promise<{ report(done: number, total: number): void; done(): void }>;
  /** The folder's view of the workspace changed as a whole (indexed, reconfigured). */
  changed(folder: FolderState): void;
}

/** How long a request waits for the first file listing before answering from what is known. */
const LISTING_WAIT_MS = 1500;

/**
 * One workspace root and its RfcService. The service is rebuilt (and the root re-indexed in the
 * background) when the effective configuration changes; requests take whichever service is current,
 * so they never wait for indexing, only for the configuration to be read.
 */
export class FolderState {
  readonly rootPath: string;
  readonly rootUri: string;
  /** `rfc-author-suppressions.json` at the root, read again when it changes. */
  readonly suppressions: SuppressionsSource;
  /** How suppressed findings show (`rfcAuthor.suppressedSeverity`), from the folder's settings. */
  suppressedSeverity: SuppressedSeverity = 'hint';
  private current?: { service: RfcService; host: NodeHost; listed: Promise<void>; indexed: Promise<void> };
  private configured: Promise<boolean>;
  private indexing?: CancellationTokenSource;
  private configKey = '';
  private shownProblems = '';

  constructor(
    rootPath: string,
    private readonly env: FolderEnvironment,
    /** Found from a document outside every workspace folder (nearest `.rfc-author.json` or `.git`). */
    readonly implicit = false,
  ) {
    this.rootPath = path.resolve(rootPath);
    this.rootUri = URI.file(this.rootPath).toString();
    this.suppressions = new SuppressionsSource(this.rootPath, env.logger);
    this.configured = this.configureSafely();
  }

  /** The current service once the configuration is read, after a bounded wait for the file listing. */
  async service(): Promise<RfcService | undefined> {
    await this.configured;
    const current = this.current;
    if (!current) return undefined;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([current.listed, new Promise<void>((resolve) => (timer = setTimeout(resolve, LISTING_WAIT_MS)))]);
    clearTimeout(timer);
    return current.service;
  }

  /**
   * The current service once it has indexed the whole folder (for work over every document, such as
   * checking every RFC); waits again when the folder is reconfigured meanwhile.
   */
  async indexedService(): Promise<RfcService | undefined> {
    for (;;) {
      await this.configured;
      const current = this.current;
      if (!current) return undefined;
      await current.indexed;
      if (this.current === current) return current.service;
    }
  }

  /** Reads the configuration again (settings or `.rfc-author.json` changed); true when what is shown may differ. */
  reload(): Promise<boolean> {
    this.configured = this.configured.then(() => this.configureSafely());
    return this.configured;
  }

  /** Whether a file path lies under this root. */
  contains(fsPath: string): boolean {
    return isWithin(this.rootPath, fsPath);
  }

  /** The workspace-relative path of a document URI, or undefined when it is not a file under the root. */
  pathOf(uri: string): string | undefined {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return undefined;
    const fsPath = path.resolve(parsed.fsPath);
    if (!this.contains(fsPath) || fsPath === this.rootPath) return undefined;
    return path.relative(this.rootPath, fsPath).split(path.sep).join('/');
  }

  /** Forgets cached file probes after files were created or deleted on disk. */
  filesChanged(): void {
    this.current?.host.clearCache();
  }

  dispose(): void {
    this.indexing?.cancel();
  }

  /** A configuration that cannot be applied is logged; the folder keeps the service it had. */
  private async configureSafely(): Promise<boolean> {
    try {
      return await this.configure();
    } catch (e) {
      this.env.logger.error(`[rfc-author] Configuring ${this.rootPath} failed: ${(e as Error).stack ?? String(e)}`);
      return false;
    }
  }

  private async configure(): Promise<boolean> {
    const file = await loadConfig(this.rootPath);
    const settings = await this.env.settings.forFolder(this.rootUri);
    const { config, problems } = effectiveConfig(file, settings);
    this.showProblems(problems);
    const severity = suppressedSeverityOf(settings);
    const severityChanged = severity !== this.suppressedSeverity;
    this.suppressedSeverity = severity;
    const key = JSON.stringify(config);
    if (this.current && key === this.configKey) return severityChanged;
    this.configKey = key;
    const host = new RepositoryHost(this.rootPath, { logger: this.env.logger });
    const service = await createRfcService({ host, rootUri: this.rootUri, config, logger: this.env.logger });
    for (const doc of this.env.openDocuments()) {
      const p = this.pathOf(doc.uri);
      if (p !== undefined) service.updateDocument({ path: p, text: doc.getText(), version: doc.version });
    }
    this.indexing?.cancel();
    const indexing = new CancellationTokenSource();
    this.indexing = indexing;
    let listed!: () => void;
    let indexed!: () => void;
    this.current = { service, host, listed: new Promise<void>((resolve) => (listed = resolve)), indexed: new Promise<void>((resolve) => (indexed = resolve)) };
    void this.index(service, indexing, listed).finally(indexed);
    return true;
  }

  /** Builds the index in the background, with progress, and says when it is done. */
  private async index(service: RfcService, source: CancellationTokenSource, listed: () => void): Promise<void> {
    const started = Date.now();
    const progress = await this.env.startProgress(`Indexing ${path.basename(this.rootPath)}`);
    try {
      await service.indexWorkspace(source.token, (done, total) => {
        listed();
        progress.report(done, total);
      });
      if (source.token.isCancellationRequested) return;
      this.env.logger.info(`[rfc-author] Indexed ${service.documentCount()} documents under ${this.rootPath} in ${Date.now() - started} ms.`);
      this.env.changed(this);
    } catch (e) {
      this.env.logger.error(`[rfc-author] Indexing ${this.rootPath} failed: ${(e as Error).stack ?? String(e)}`);
    } finally {
      listed();
      progress.done();
    }
  }

  /** Shows the configuration's problems once per change (not again while they stay the same). */
  private showProblems(problems: readonly string[]): void {
    const key = problems.join('\n');
    if (key === this.shownProblems) return;
    this.shownProblems = key;
    for (const p of problems) this.env.warn(`RFC Author: ${p}`);
  }
}
