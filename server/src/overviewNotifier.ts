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
  private readonly lastAnswers = new Map<FolderState, readonly OverviewRfc[]>();
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
    this.lastAnswers.set(folder, rfcs);
  }

  /** Something the folder's overview is made of may have changed. */
  changed(folder: FolderState): void {
    if (this.lastAnswers.size === 0) return;
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
      const before = this.lastAnswers.get(folder);
      if (rfcs === undefined || before === undefined || !sameData(rfcs, before)) changed.push(folder.rootUri);
    }
    if (changed.length === 0) return;
    const params: OverviewChangedParams = { folders: changed };
    await this.connection.sendNotification(OVERVIEW_CHANGED_NOTIFICATION, params);
  }
}

/**
 * Deep equality of two overviews (plain data: arrays, objects, strings, numbers, null). Most of an
 * unchanged overview is the very same objects (the core keeps each RFC's facts and each task's entry
 * until its file changes), so the walk mostly stops at identity.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const rb = b as Record<string, unknown>;
  return ka.length === Object.keys(rb).length && ka.every((k) => sameData((a as Record<string, unknown>)[k], rb[k]));
}

