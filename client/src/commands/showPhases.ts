import * as vscode from 'vscode';
import type { PhaseState } from '../../../shared/protocol';
import { activeRfc } from '../folderModel';
import { phaseLabel, stateName } from '../phaseSummaryText';

interface PhaseItem extends vscode.QuickPickItem {
  readonly line: number;
  readonly state: PhaseState;
}

/**
 * "RFC: Show Phases": the phases of "Status at a Glance" with their markers; picking one moves the
 * cursor to its line. Computed by the core in the extension, so it works while the server starts.
 */
export async function showPhases(): Promise<void> {
  const rfc = await activeRfc('RFC: Show Phases');
  if (!rfc) return;
  const summary = rfc.model.service.getPhaseSummary(rfc.source);
  if (!summary || summary.phases.length === 0) {
    void vscode.window.showInformationMessage('This RFC has no phase lines in its phase section.');
    return;
  }
  const items = summary.phases.map((p): PhaseItem => ({ label: phaseLabel(p), description: stateName(p.state), line: p.line, state: p.state }));
  const active = items.find((i) => i.state === 'inProgress') ?? items.find((i) => i.state !== 'done');
  const pick = vscode.window.createQuickPick<PhaseItem>();
  pick.title = `${summary.id ?? 'RFC'} phases`;
  pick.placeholder = 'Jump to a phase';
  pick.items = items;
  if (active) pick.activeItems = [active];
  const picked = await new Promise<PhaseItem | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (!picked) return;
  const editor = await vscode.window.showTextDocument(rfc.editor.document, rfc.editor.viewColumn);
  const pos = new vscode.Position(picked.line, 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
}
