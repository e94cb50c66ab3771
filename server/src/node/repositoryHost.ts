import type { NodeHostOptions } from './nodeHost';
import { NodeHost } from './nodeHost';
import { RepositoryListing } from './repositoryListing';

/**
 * The NodeHost of the language server and the CLI: the file system, and the names of every file of
 * the repository (`RepositoryListing`: the git index when the root is a work tree, else a walk
 * honouring `.gitignore`). A separate class so that the VS Code client, whose commands need no
 * repository list, does not bundle the listing and its ignore-file matcher.
 */
export class RepositoryHost extends NodeHost {
  private readonly repository: RepositoryListing;

  constructor(root: string, options: NodeHostOptions = {}) {
    super(root, options);
    this.repository = new RepositoryListing(this.realRoot, { logger: this.logger, sync: this.syncReads });
  }

  listRepositoryFiles(under?: string): Promise<readonly string[]> {
    return this.repository.list(under);
  }
}
