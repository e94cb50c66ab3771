import * as vscode from 'vscode';
import type { PhaseState } from '../../../shared/protocol';
import { activeRfc } from '../folderModel';
import { phaseLabel, stateName } from '../phaseSummaryText';
import { commandArgs, labelArg } from './args';

interface PhaseItem extends vscode.QuickPickItem {
  readonly line: number;
  readonly state: PhaseState;
  readonly number: string;
}

const COMMAND = 'RFC: Show Phases';

/**
 * "RFC: Show Phases": the phases of "Status at a Glance" with their markers; picking one moves the
 * cursor to its line. Computed by the core in the extension, so it works while the server starts.
 * An argument `{ phase }` (its number: `2` or `"1a"`) answers the pick.
 */
export async function showPhases(rawArgs?: unknown): Promise<void> {
  const args = commandArgs(rawArgs, COMMAND);
  const given = labelArg(args, 'phase', COMMAND);
  const rfc = await activeRfc(COMMAND);
  if (!rfc) return;
  const summary = rfc.model.service.getPhaseSummary(rfc.source);
  if (!summary || summary.phases.length === 0) {
    void vscode.window.showInformationMessage('This RFC has no phase lines in its phase section.');
    return;
  }
  const items = summary.phases.map((p): PhaseItem => ({ label: phaseLabel(p), description: stateName(p.state), line: p.line, state: p.state, number: p.number }));
  const named = given === undefined ? undefined : items.find((i) => i.number.toLowerCase() === given.toLowerCase());
  if (given !== undefined && !named) throw new Error(`This RFC has no Phase ${given} (it has: ${items.map((i) => i.number).join(', ')}).`);
  const picked = named ?? (await pick(items, summary.id));
  if (!picked) return;
  const editor = await vscode.window.showTextDocument(rfc.editor.document, rfc.editor.viewColumn);
  const pos = new vscode.Position(picked.line, 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
}

/** The quick pick of phases, with the phase in progress (or the first not done) active. */
async function pick(items: readonly PhaseItem[], id: string | null): Promise<PhaseItem | undefined> {
  const active = items.find((i) => i.state === 'inProgress') ?? items.find((i) => i.state !== 'done');
  const quickPick = vscode.window.createQuickPick<PhaseItem>();
  quickPick.title = `${id ?? 'RFC'} phases`;
  quickPick.placeholder = 'Jump to a phase';
  quickPick.items = items;
  if (active) quickPick.activeItems = [active];
  const picked = await new Promise<PhaseItem | undefined>((resolve) => {
    quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0] ?? quickPick.activeItems[0]));
    quickPick.onDidHide(() => resolve(undefined));
    quickPick.show();
  });
  quickPick.dispose();
  return picked;
}
