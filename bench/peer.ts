import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import type { CompletionItem, Diagnostic, Position } from 'vscode-languageserver-protocol';
import { CancellationToken, Emitter } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type * as PeerLibrary from 'vscode-markdown-languageservice';
import type { DiagnosticOptions, FileStat, IMdLanguageService, IMdParser, ISlugifier, ITextDocument, IWorkspace, Token } from 'vscode-markdown-languageservice';
import { URI } from 'vscode-uri';

/**
 * The peer: vscode-markdown-languageservice, the library behind VS Code's own Markdown language
 * server, set up as VS Code sets it up — a markdown-it parser (`html` and `linkify` on, the last
 * document's tokens cached) and a workspace of the same files the other contenders read. Only its
 * ITextDocument/IWorkspace/IMdParser interfaces are implemented here; everything else is the library.
 */

/** Where the peer's files come from: memory (warm runs) or disk, read lazily (cold runs). */
export interface FileSource {
  /** Every Markdown file, workspace-relative. */
  readonly paths: readonly string[];
  read(rel: string): string | undefined;
}

export function memorySource(files: ReadonlyMap<string, string>): FileSource {
  return { paths: [...files.keys()], read: (rel) => files.get(rel) };
}

export function diskSource(root: string, paths: readonly string[]): FileSource {
  return {
    paths,
    read(rel) {
      try {
        return fs.readFileSync(path.join(root, ...rel.split('/')), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

export class PeerWorkspace implements IWorkspace {
  readonly workspaceFolders: readonly URI[];
  private readonly changed = new Emitter<ITextDocument>();
  private readonly created = new Emitter<ITextDocument>();
  private readonly deleted = new Emitter<URI>();
  readonly onDidChangeMarkdownDocument = this.changed.event;
  readonly onDidCreateMarkdownDocument = this.created.event;
  readonly onDidDeleteMarkdownDocument = this.deleted.event;
  private readonly files: ReadonlySet<string>;
  /** Folder → its entries (name → is a folder). */
  private readonly folders = new Map<string, Map<string, boolean>>();
  private readonly docs = new Map<string, TextDocument>();
  private readonly rootPath: string;

  constructor(root: URI, private readonly source: FileSource) {
    this.workspaceFolders = [root];
    this.rootPath = root.path.replace(/\/$/, '');
    this.files = new Set(source.paths);
    for (const p of source.paths) {
      const parts = p.split('/');
      for (let i = 0; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        let entries = this.folders.get(folder);
        if (!entries) this.folders.set(folder, (entries = new Map<string, boolean>()));
        entries.set(parts[i], i < parts.length - 1);
      }
    }
  }

  uriOf(rel: string): URI {
    return URI.from({ scheme: 'file', path: `${this.rootPath}/${rel}` });
  }

  private relOf(uri: URI): string | undefined {
    if (uri.scheme !== 'file') return undefined;
    if (uri.path === this.rootPath) return '';
    return uri.path.startsWith(`${this.rootPath}/`) ? uri.path.slice(this.rootPath.length + 1).replace(/\/$/, '') : undefined;
  }

  async getAllMarkdownDocuments(): Promise<Iterable<ITextDocument>> {
    const docs = await Promise.all(this.source.paths.map((p) => this.openMarkdownDocument(this.uriOf(p))));
    return docs.filter((d): d is ITextDocument => d !== undefined);
  }

  hasMarkdownDocument(resource: URI): boolean {
    const rel = this.relOf(resource);
    return rel !== undefined && this.files.has(rel);
  }

  openMarkdownDocument(resource: URI): Promise<ITextDocument | undefined> {
    const rel = this.relOf(resource);
    if (rel === undefined || !this.files.has(rel)) return Promise.resolve(undefined);
    let doc = this.docs.get(rel);
    if (!doc) {
      const text = this.source.read(rel);
      if (text === undefined) return Promise.resolve(undefined);
      doc = TextDocument.create(this.uriOf(rel).toString(), 'markdown', 1, text);
      this.docs.set(rel, doc);
    }
    return Promise.resolve(doc);
  }

  stat(resource: URI): Promise<FileStat | undefined> {
    const rel = this.relOf(resource);
    if (rel === undefined) return Promise.resolve(undefined);
    if (this.files.has(rel)) return Promise.resolve({ isDirectory: false });
    return Promise.resolve(this.folders.has(rel) ? { isDirectory: true } : undefined);
  }

  readDirectory(resource: URI): Promise<Iterable<readonly [string, FileStat]>> {
    const rel = this.relOf(resource);
    const entries = rel === undefined ? undefined : this.folders.get(rel);
    return Promise.resolve(entries ? [...entries].map(([name, isDirectory]) => [name, { isDirectory }] as const) : []);
  }

  /** An editor change: the document's next version, announced as VS Code's workspace does. */
  update(rel: string, text: string): TextDocument {
    const old = this.docs.get(rel);
    const doc = TextDocument.create(this.uriOf(rel).toString(), 'markdown', (old?.version ?? 0) + 1, text);
    this.docs.set(rel, doc);
    this.changed.fire(doc);
    return doc;
  }
}

/** markdown-it as VS Code's Markdown extension configures it, caching the last document's tokens as it does. */
class PeerParser implements IMdParser {
  private readonly md = new MarkdownIt({ html: true, linkify: true });
  private last?: { uri: string; version: number; tokens: Token[] };

  constructor(readonly slugifier: ISlugifier) {}

  tokenize(document: ITextDocument): Promise<Token[]> {
    if (this.last?.uri === document.uri && this.last.version === document.version) return Promise.resolve(this.last.tokens);
    const tokens = this.md.parse(document.getText(), {});
    this.last = { uri: document.uri, version: document.version, tokens };
    return Promise.resolve(tokens);
  }
}

export interface Peer {
  readonly workspace: PeerWorkspace;
  readonly service: IMdLanguageService;
  /** Diagnostics with link validation on (every check at 'warning'). */
  diagnose(doc: ITextDocument): Promise<Diagnostic[]>;
  completions(doc: ITextDocument, position: Position): Promise<CompletionItem[]>;
  dispose(): void;
}

type PeerModule = typeof PeerLibrary;
let loading: Promise<PeerModule> | undefined;

/** The library is ESM-only; it is imported once, before any timed run. */
export function loadPeerModule(): Promise<PeerModule> {
  loading ??= import('vscode-markdown-languageservice');
  return loading;
}

export async function createPeer(root: URI, source: FileSource): Promise<Peer> {
  const lib = await loadPeerModule();
  const workspace = new PeerWorkspace(root, source);
  const warning = lib.DiagnosticLevel.warning;
  const options: DiagnosticOptions = {
    validateReferences: warning,
    validateFragmentLinks: warning,
    validateFileLinks: warning,
    validateMarkdownFileLinkFragments: warning,
    validateUnusedLinkDefinitions: warning,
    validateDuplicateLinkDefinitions: warning,
    ignoreLinks: [],
  };
  const service = lib.createLanguageService({
    workspace,
    parser: new PeerParser(lib.githubSlugifier),
    logger: { level: lib.LogLevel.Off, log: () => undefined },
  });
  return {
    workspace,
    service,
    diagnose: (doc) => service.computeDiagnostics(doc, options, CancellationToken.None),
    completions: (doc, position) => service.getCompletionItems(doc, position, {}, CancellationToken.None),
    dispose: () => service.dispose(),
  };
}
