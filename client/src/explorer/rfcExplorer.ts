/**
 * The RFC explorer (view `rfcAuthor.rfcs`): every RFC of the workspace grouped by status class,
 * with its phase roll-up and problem badge, its phases and its linked tasks below it. It renders
 * the server's `rfcAuthor/workspaceOverview` as it is (the tree's shape and words come from the
 * pure `explorerModel.ts`), asks again when the server sends `rfcAuthor/overviewChanged` (or
 * restarts), and only while the view is visible. It also owns the user's filter and the context
 * keys the manifest's `when` clauses read.
 */
import * as vscode from 'vscode';
import type { StatusClass, WorkspaceOverview } from '../../../shared/protocol';
import { CLIENT_COMMANDS } from '../../../shared/protocol';
import type { ServerHandle } from '../languageClient';
import type { ExplorerFilter, ExplorerNode } from './explorerModel';
import {
  childrenOf, explorerRoots, filterDescription, filterFrom, hasNoRfcs, isFiltered, phaseNodeDescription, phaseNodeLabel, rfcAccessibilityLabel, rfcDescription, rfcLabel,
  rfcTooltip, taskDescription, taskLabel,
} from './explorerModel';
import { problemsUri, ProblemBadges } from './problemBadges';

export const EXPLORER_VIEW_ID = 'rfcAuthor.rfcs';

/** Context keys of the manifest: the welcome view shows on `empty`, "Clear Filter" on `filtered`. */
const CONTEXT_EMPTY = 'rfcAuthor.explorer.empty';
const CONTEXT_FILTERED = 'rfcAuthor.explorer.filtered';
/** Where the filter is kept per workspace, so it survives a reload of the window. */
const FILTER_STATE_KEY = 'rfcAuthor.explorer.filter';

const TASK_ICONS: Readonly<Record<StatusClass, vscode.ThemeIcon>> = {
  done: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  active: new vscode.ThemeIcon('play-circle', new vscode.ThemeColor('testing.iconQueued')),
  draft: new vscode.ThemeIcon('circle-large-outline'),
  other: new vscode.ThemeIcon('question'),
};

export class RfcExplorer implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly view: vscode.TreeView<ExplorerNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private overview: WorkspaceOverview | undefined;
  private filterValue: ExplorerFilter;
  /** The overview held may be out of date: ask the server before the next render. */
  private stale = true;
  private loading: Promise<void> | undefined;

  constructor(private readonly server: ServerHandle, private readonly state: vscode.Memento) {
    this.filterValue = filterFrom(state.get(FILTER_STATE_KEY));
    this.view = vscode.window.createTreeView(EXPLORER_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changeEmitter,
      vscode.window.registerFileDecorationProvider(new ProblemBadges()),
      server.onOverviewChanged(() => this.refresh()),
      // A restarted server knows nothing of what this view was given: ask it again.
      server.onDidChangeRunning((running) => running && this.refresh()),
      this.view.onDidChangeVisibility(({ visible }) => visible && this.stale && this.changeEmitter.fire(undefined)),
    );
    this.showFilter();
  }

  get filter(): ExplorerFilter {
    return this.filterValue;
  }

  /** Shows only what `filter` lets through, and remembers it for this workspace. */
  async setFilter(filter: ExplorerFilter): Promise<void> {
    this.filterValue = filter;
    await this.state.update(FILTER_STATE_KEY, isFiltered(filter) ? filter : undefined);
    this.showFilter();
    this.changeEmitter.fire(undefined);
  }

  /** The overview the view shows, asked first when the view has none yet (for the filter pickers). */
  async currentOverview(): Promise<WorkspaceOverview | undefined> {
    if (!this.overview) await this.load();
    return this.overview;
  }

  /** The overview may have changed: ask again now if the view is visible, else when it is shown. */
  refresh(): void {
    this.stale = true;
    if (this.view.visible) this.changeEmitter.fire(undefined);
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (node) return childrenOf(node);
    await this.load();
    if (!this.overview) return [];
    const roots = explorerRoots(this.overview, this.filterValue);
    this.view.message = filterMessage(this.filterValue, roots.length, hasNoRfcs(this.overview));
    return roots;
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    switch (node.kind) {
      case 'folder': {
        const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(node.uri));
        return item(node.key, folder?.name ?? vscode.Uri.parse(node.uri).path, vscode.TreeItemCollapsibleState.Expanded, { iconPath: new vscode.ThemeIcon('root-folder') });
      }
      case 'group':
        return item(node.key, node.label, vscode.TreeItemCollapsibleState.Expanded, { description: String(node.rfcs.length), contextValue: 'statusGroup' });
      case 'rfc': {
        const { rfc } = node;
        const tooltip = new vscode.MarkdownString(rfcTooltip(rfc));
        tooltip.isTrusted = false;
        const hasChildren = rfc.phases.length > 0 || rfc.tasks.length > 0;
        return item(node.key, rfcLabel(rfc), hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None, {
          description: rfcDescription(rfc),
          tooltip,
          accessibilityInformation: { label: rfcAccessibilityLabel(rfc) },
          iconPath: new vscode.ThemeIcon('file-text'),
          resourceUri: problemsUri(rfc.uri, rfc.problems),
          contextValue: 'rfc',
          command: open('Open RFC', rfc.uri),
        });
      }
      case 'phase':
        return item(node.key, phaseNodeLabel(node.phase), vscode.TreeItemCollapsibleState.None, {
          description: phaseNodeDescription(node.phase),
          contextValue: 'phase',
          command: open('Go to Phase', node.rfcUri, node.phase.line),
        });
      case 'task':
        return item(node.key, taskLabel(node.task), vscode.TreeItemCollapsibleState.None, {
          description: taskDescription(node.task),
          tooltip: `${taskLabel(node.task)}\nStatus: ${taskDescription(node.task)}`,
          iconPath: TASK_ICONS[node.task.statusClass],
          contextValue: 'task',
          command: open('Open Task', node.task.uri),
        });
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** Asks the server while the overview is stale; one request at a time, shared by every caller. */
  private load(): Promise<void> {
    // `finally` runs in a later microtask, so a load that has nothing to do is never left behind as
    // the one in flight.
    this.loading ??= this.askWhileStale().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** A change announced while a request is under way is asked for again once it has answered. */
  private async askWhileStale(): Promise<void> {
    while (this.stale) {
      this.stale = false;
      await vscode.window.withProgress({ location: { viewId: EXPLORER_VIEW_ID } }, () => this.fetch());
    }
  }

  private async fetch(): Promise<void> {
    try {
      await this.server.ready();
      this.overview = (await this.server.workspaceOverview()) ?? undefined;
    } catch (e) {
      this.server.output.appendLine(`[client] The RFC explorer could not get the workspace overview: ${(e as Error).message}`);
      this.overview = undefined;
    }
    // Set before the tree renders an empty answer, so the welcome view shows with it.
    await vscode.commands.executeCommand('setContext', CONTEXT_EMPTY, this.overview !== undefined && hasNoRfcs(this.overview));
    if (!this.overview) this.view.message = 'The RFC Author language server is not running; see the "RFC Author" output.';
  }

  private showFilter(): void {
    this.view.description = filterDescription(this.filterValue) || undefined;
    void vscode.commands.executeCommand('setContext', CONTEXT_FILTERED, isFiltered(this.filterValue));
  }
}

/**
 * The filter in the message above the tree: VS Code hides a view's description while the view is
 * alone in its container (the header shows the container's title), so the message is where the user
 * sees that the tree is filtered. Nothing while the welcome view speaks for an empty workspace.
 */
function filterMessage(filter: ExplorerFilter, shown: number, noRfcs: boolean): string | undefined {
  const text = filterDescription(filter);
  if (!text || noRfcs) return undefined;
  return shown === 0 ? `No RFC matches the filter (${text}).` : `Filtered: ${text}`;
}

function item(id: string, label: string, collapsibleState: vscode.TreeItemCollapsibleState, rest: Partial<vscode.TreeItem>): vscode.TreeItem {
  return Object.assign(new vscode.TreeItem(label, collapsibleState), { id, ...rest });
}

/** The command a row runs on click: open a document, at a 0-based line when given. */
function open(title: string, uri: string, line?: number): vscode.Command {
  return { title, command: CLIENT_COMMANDS.openDocument, arguments: line === undefined ? [uri] : [uri, line] };
}
