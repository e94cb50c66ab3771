import * as vscode from 'vscode';
import { blockInsertion } from '../../../server/src/core/codeActions/edits';
import { sectionText } from '../../../server/src/core/codeActions/sectionFixes';
import { insertionPoint } from '../../../server/src/core/rules/missingSection';
import { activeRfc } from '../folderModel';
import { commandArgs, stringArg } from './args';

interface SectionItem extends vscode.QuickPickItem {
  readonly order: number;
}

const COMMAND = 'RFC: Insert Section';

/**
 * "RFC: Insert Section…": picks one of the template sections the RFC lacks and inserts the
 * template's heading and body where the template puts it. The text and position come from the
 * same core functions as the `missing-section` quick fix, so both insert exactly the same. An
 * argument `{ section }` (the section's name as the template writes it, any case) answers the pick.
 */
export async function insertSection(rawArgs?: unknown): Promise<void> {
  const args = commandArgs(rawArgs, COMMAND);
  const given = stringArg(args, 'section', COMMAND);
  const rfc = await activeRfc(COMMAND);
  if (!rfc) return;
  const a = rfc.model.ws.analyze(rfc.source);
  const present = new Set(a.sections.map((s) => s.template?.key));
  const missing = a.template.sections.filter((t) => !present.has(t.key));
  const named = given === undefined ? undefined : a.template.sections.find((t) => t.name.toLowerCase() === given.trim().toLowerCase());
  if (given !== undefined && !named) {
    throw new Error(`The template has no section "${given}" (it has: ${a.template.sections.map((t) => t.name).join(', ')}).`);
  }
  if (named && present.has(named.key)) {
    void vscode.window.showInformationMessage(`This RFC already has the section "${named.name}".`);
    return;
  }
  if (missing.length === 0) {
    void vscode.window.showInformationMessage('Every section of the template is already in this RFC.');
    return;
  }
  const items = missing.map((t): SectionItem => {
    const before = a.template.sections.slice(0, t.order).reverse().find((s) => present.has(s.key));
    return { label: t.name, description: before ? `after "${before.name}"` : 'first', detail: t.body.split('\n').find((l) => l.trim() !== '')?.trim(), order: t.order };
  });
  const order = named?.order ?? (await vscode.window.showQuickPick(items, { title: 'Insert a template section', placeHolder: 'Sections of the template missing from this RFC', matchOnDetail: true }))?.order;
  if (order === undefined) return;
  const section = a.template.sections[order];
  const line = insertionPoint(a, section.order).line;
  const insertion = blockInsertion(a.doc.text, line, sectionText(section));
  const at = new vscode.Position(insertion.position.line, insertion.position.character);
  const editor = rfc.editor;
  if (editor.document.version !== rfc.source.version) {
    void vscode.window.showWarningMessage('The RFC changed while the list was open; run "RFC: Insert Section…" again.');
    return;
  }
  await editor.edit((b) => b.insert(at, insertion.newText));
  const headingLine = editor.document.getText().split(/\r\n|\r|\n/).findIndex((l, i) => i >= at.line && l === `## ${section.name}`);
  if (headingLine >= 0) {
    const pos = new vscode.Position(headingLine, 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
}
