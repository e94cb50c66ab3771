import * as vscode from 'vscode';
import type { ActiveDocument, FolderModel } from '../folderModel';
import { activeRfc } from '../folderModel';
import { commandArgs, stringArg } from './args';

interface SectionItem extends vscode.QuickPickItem {
  readonly name: string;
}

const COMMAND = 'RFC: Insert Section';

/**
 * "RFC: Insert Section…": picks one of the template sections the RFC lacks and inserts the
 * template's heading and body where the template puts it. The text and position come from the
 * core, as for the `missing-section` quick fix, so both insert exactly the same. An argument
 * `{ section }` (the section's name as the template writes it, any case) answers the pick.
 */
export async function insertSection(rawArgs?: unknown): Promise<void> {
  const args = commandArgs(rawArgs, COMMAND);
  const given = stringArg(args, 'section', COMMAND);
  const rfc = await activeRfc(COMMAND);
  if (!rfc) return;
  const { service } = rfc.model;
  const missing = service.getMissingSections(rfc.source);
  if (given !== undefined) {
    const named = missing.find((t) => t.name.toLowerCase() === given.trim().toLowerCase());
    if (!named) throw new Error(`"${given}" is not a template section this RFC lacks (it lacks: ${missing.map((t) => t.name).join(', ') || 'none'}).`);
    return insert(rfc, named.name);
  }
  if (missing.length === 0) {
    void vscode.window.showInformationMessage('Every section of the template is already in this RFC.');
    return;
  }
  const items = missing.map((t): SectionItem => ({ label: t.name, description: t.after ? `after "${t.after}"` : 'first', detail: t.firstLine, name: t.name }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Insert a template section', placeHolder: 'Sections of the template missing from this RFC', matchOnDetail: true });
  if (picked) await insert(rfc, picked.name);
}

async function insert(rfc: ActiveDocument & { readonly model: FolderModel }, name: string): Promise<void> {
  const insertion = rfc.model.service.getSectionInsertion(rfc.source, name);
  if (!insertion) return;
  const at = new vscode.Position(insertion.position.line, insertion.position.character);
  const editor = rfc.editor;
  if (editor.document.version !== rfc.source.version) {
    void vscode.window.showWarningMessage('The RFC changed while the list was open; run "RFC: Insert Section…" again.');
    return;
  }
  await editor.edit((b) => b.insert(at, insertion.newText));
  const headingLine = editor.document.getText().split(/\r\n|\r|\n/).findIndex((l, i) => i >= at.line && l === insertion.heading);
  if (headingLine >= 0) {
    const pos = new vscode.Position(headingLine, 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
}
