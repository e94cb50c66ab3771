import type { Logger, WorkspaceHost } from '../host';
import { RepositoryFiles } from './repositoryFiles';

/**
 * Keeps a workspace's repository file list: built once through the host (a host that cannot list
 * leaves it undefined, which means unknown), then kept current from file events. Events that come
 * while it is being built are replayed after it.
 */
export class RepositoryKeeper {
  private list?: RepositoryFiles;
  private eventsWhileBuilding?: { readonly path: string; readonly created: boolean }[];

  constructor(
    private readonly host: WorkspaceHost,
    private readonly logger: Logger,
  ) {}

  /** The list, once built; undefined while unknown. */
  get files(): RepositoryFiles | undefined {
    return this.list;
  }

  /** Lists the repository's files once through the host. */
  async build(): Promise<void> {
    if (!this.host.listRepositoryFiles) return;
    this.eventsWhileBuilding = [];
    let listed: readonly string[] | undefined;
    try {
      listed = await this.host.listRepositoryFiles();
    } catch (e) {
      this.logger.warn(`Cannot list the repository's files: ${String(e)}`);
    }
    const events = this.eventsWhileBuilding;
    this.eventsWhileBuilding = undefined;
    if (listed === undefined) return;
    this.list = new RepositoryFiles(listed);
    for (const e of events) {
      if (e.created) await this.created(e.path);
      else this.deleted(e.path);
    }
  }

  /**
   * A file or folder was created (or changed) on disk: what the host lists at or under it joins the
   * list. A path the list already holds costs one binary search, so every change event may come here.
   */
  async created(path: string): Promise<void> {
    if (this.eventsWhileBuilding) return void this.eventsWhileBuilding.push({ path, created: true });
    const files = this.list;
    if (!files || files.has(path) || !this.host.listRepositoryFiles) return;
    let found: readonly string[] = [];
    try {
      found = await this.host.listRepositoryFiles(path);
    } catch (e) {
      this.logger.warn(`Cannot list the repository's files under ${path}: ${String(e)}`);
    }
    for (const p of found) files.add(p);
  }

  /** A file or folder was deleted on disk: it leaves the list, with everything under it. */
  deleted(path: string): void {
    if (this.eventsWhileBuilding) return void this.eventsWhileBuilding.push({ path, created: false });
    const files = this.list;
    if (files && !files.remove(path)) files.removeFolder(path);
  }
}
