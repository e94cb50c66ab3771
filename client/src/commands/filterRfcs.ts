import * as vscode from 'vscode';
import type { StatusClass } from '../../../shared/protocol';
import type { ExplorerFilter } from '../explorer/explorerModel';
import { NO_FILTER, ownersOf, STATUS_GROUPS, statusClassCounts } from '../explorer/explorerModel';
import type { RfcExplorer } from '../explorer/rfcExplorer';
import { EXPLORER_VIEW_ID } from '../explorer/rfcExplorer';

/**
 * "RFC: Filter RFCs by Status…": a quick pick of the status groups (with how many RFCs each holds);
 * the RFC explorer then shows only the picked ones. Picking none shows every status again.
 */
export async function filterByStatus(explorer: RfcExplorer): Promise<void> {
  const overview = await explorer.currentOverview();
  const counts = overview ? statusClassCounts(overview) : undefined;
  const items = STATUS_GROUPS.map((g) => ({ label: g.label, description: counts ? rfcCount(counts[g.statusClass]) : undefined, statusClass: g.statusClass }));
  const picked = await pickMany(items, (i) => explorer.filter.statusClasses.includes(i.statusClass), 'Show the RFCs with these statuses (none: every status)');
  if (picked) await apply(explorer, { ...explorer.filter, statusClasses: picked.map((i): StatusClass => i.statusClass) });
}

/**
 * "RFC: Filter RFCs by Owner…": a quick pick of the owners the RFCs name; the explorer then shows
 * only RFCs with at least one of the picked owners. Picking none shows every owner again.
 */
export async function filterByOwner(explorer: RfcExplorer): Promise<void> {
  const overview = await explorer.currentOverview();
  const owners = overview ? ownersOf(overview) : [];
  // Owners picked earlier stay offered, so they can be unpicked after their RFCs changed hands.
  for (const owner of explorer.filter.owners) if (!owners.some((o) => o.owner === owner)) owners.push({ owner, count: 0 });
  if (owners.length === 0) {
    void vscode.window.showInformationMessage('No RFC names an owner.');
    return;
  }
  const items = owners.map(({ owner, count }) => ({ label: owner, description: rfcCount(count), owner }));
  const picked = await pickMany(items, (i) => explorer.filter.owners.includes(i.owner), 'Show the RFCs of these owners (none: every owner)');
  if (picked) await apply(explorer, { ...explorer.filter, owners: picked.map((i) => i.owner) });
}

/** "RFC: Clear RFC Filter": the explorer shows every RFC again. */
export async function clearFilter(explorer: RfcExplorer): Promise<void> {
  await explorer.setFilter(NO_FILTER);
}

/** "RFC: Refresh RFC Explorer": asks the server for the overview again. */
export function refreshExplorer(explorer: RfcExplorer): void {
  explorer.refresh();
}

/** A multiple-choice quick pick with the current choice ticked; undefined when dismissed. */
async function pickMany<T extends vscode.QuickPickItem>(items: T[], isPicked: (item: T) => boolean, placeholder: string): Promise<readonly T[] | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.canSelectMany = true;
  pick.placeholder = placeholder;
  pick.items = items;
  pick.selectedItems = items.filter(isPicked);
  const picked = await new Promise<readonly T[] | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  return picked;
}

/** Sets the filter and shows the explorer, where its effect is seen (it may be run from the palette). */
async function apply(explorer: RfcExplorer, filter: ExplorerFilter): Promise<void> {
  await explorer.setFilter(filter);
  await vscode.commands.executeCommand(`${EXPLORER_VIEW_ID}.focus`);
}

function rfcCount(n: number): string {
  return `${n} RFC${n === 1 ? '' : 's'}`;
}
