import * as path from 'node:path';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import type { RfcService } from './core';
import type { FolderEnvironment } from './folderState';
import { FolderState } from './folderState';
import { findWorkspaceRoot } from './node/config';

/** A document's place in the workspace: its folder, that folder's service and its relative path. */
export interface DocumentPlace {
  readonly folder: FolderState;
  readonly service: RfcService;
  readonly path: string;
}

/**
 * One FolderState per workspace folder. A document outside every folder gets a folder of its own,
 * rooted at its nearest ancestor holding `.rfc-author.json` or `.git` (as the CLI finds roots), so a
 * lone RFC opened from anywhere is still checked against its repository.
 */
export class WorkspaceFolders {
  private readonly folders = new Map<string, FolderState>();

  constructor(private readonly env: FolderEnvironment) {}

  /** The folders a client announced at `initialize`: its workspace folders, else its root. */
  static rootsOf(params: InitializeParams): string[] {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const roots = uris.map((u) => URI.parse(u)).filter((u) => u.scheme === 'file').map((u) => u.fsPath);
    if (roots.length === 0 && params.rootPath) roots.push(params.rootPath);
    return roots;
  }

  add(rootPath: string): FolderState {
    const key = path.resolve(rootPath);
    let folder = this.folders.get(key);
    if (!folder || folder.implicit) {
      folder?.dispose();
      folder = new FolderState(key, this.env);
      this.folders.set(key, folder);
    }
    return folder;
  }

  /** Applies `workspace/didChangeWorkspaceFolders`. */
  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    for (const f of removed) {
      const key = path.resolve(URI.parse(f.uri).fsPath);
      this.folders.get(key)?.dispose();
      this.folders.delete(key);
    }
    for (const f of added) if (URI.parse(f.uri).scheme === 'file') this.add(URI.parse(f.uri).fsPath);
  }

  all(): FolderState[] {
    return [...this.folders.values()];
  }

  /**
   * The folder holding a document: the deepest workspace folder that contains it, else (when
   * `create`) a folder rooted where the CLI would root it. Non-file URIs have none.
   */
  folderOf(uri: string, create = true): FolderState | undefined {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return undefined;
    const fsPath = path.resolve(parsed.fsPath);
    let best: FolderState | undefined;
    for (const f of this.folders.values()) {
      if (f.contains(fsPath) && fsPath !== f.rootPath && (!best || f.rootPath.length > best.rootPath.length)) best = f;
    }
    if (best || !create) return best;
    const root = findWorkspaceRoot(path.dirname(fsPath));
    const folder = new FolderState(root, this.env, true);
    this.folders.set(folder.rootPath, folder);
    return folder;
  }

  /** Where a document lives, once its folder's configuration is read (never waits for indexing). */
  async place(uri: string): Promise<DocumentPlace | undefined> {
    const folder = this.folderOf(uri);
    const relative = folder?.pathOf(uri);
    if (!folder || relative === undefined) return undefined;
    const service = await folder.service();
    return service ? { folder, service, path: relative } : undefined;
  }

  dispose(): void {
    for (const f of this.folders.values()) f.dispose();
    this.folders.clear();
  }
}
