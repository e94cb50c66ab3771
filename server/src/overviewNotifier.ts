import type { Connection } from 'vscode-languageserver/node';
import type { OverviewChangedParams, OverviewRfc } from '../../shared/protocol';
import { OVERVIEW_CHANGED_NOTIFICATION } from '../../shared/protocol';
import type { FolderState } from './folderState';

/** Changes are gathered this long before the overview is compared (typing is one change, not dozens). */
export const OVERVIEW_DEBOUNCE_MS = 300;

/**
 * Sends `rfcAuthor/overviewChanged` when a folder's overview differs from what the client was last
 * given: the index or the problem counts changed, and the overview computed again (from the index,
 * tens of milliseconds at 1,000 RFCs) is not the one answered. Typing prose in an RFC changes the
 * index on every keystroke but the overview rarely, and the explorer then asks for nothing. Silent
 * until the client has asked for the overview once.
 */
export class OverviewNotifier {
  private readonly answeredJson = new Map<FolderState, string>();
  private readonly pending = new Set<FolderState>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly connection: Connection,
    /** The folder's overview now (undefined when the folder has no service). */
    private readonly compute: (folder: FolderState) => Promise<OverviewRfc[] | undefined>,
    private readonly background: (name: string, work: () => Promise<void>) => void,
  ) {}

  /** The client was given `rfcs` for `folder`. */
  answered(folder: FolderState, rfcs: readonly OverviewRfc[]): void {
    this.answeredJson.set(folder, JSON.stringify(rfcs));
  }

  /** Something the folder's overview is made of may have changed. */
  changed(folder: FolderState): void {
    if (this.answeredJson.size === 0) return;
    this.pending.add(folder);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.background('overviewChanged', () => this.flush()), OVERVIEW_DEBOUNCE_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private async flush(): Promise<void> {
    const folders = [...this.pending];
    this.pending.clear();
    const changed: string[] = [];
    for (const folder of folders) {
      const rfcs = await this.compute(folder);
      const json = rfcs === undefined ? undefined : JSON.stringify(rfcs);
      if (json !== this.answeredJson.get(folder)) changed.push(folder.rootUri);
    }
    if (changed.length === 0) return;
    const params: OverviewChangedParams = { folders: changed };
    await this.connection.sendNotification(OVERVIEW_CHANGED_NOTIFICATION, params);
  }
}
