import * as vscode from 'vscode';

/**
 * `rfcAuthor.openDocument` (`CLIENT_COMMANDS.openDocument` in shared/protocol.ts): opens the document
 * at `args[0]` (a URI string), with the cursor on the 0-based line `args[1]` when given. The server's
 * phase-line CodeLens runs it to open a task; it is not in the palette.
 */
export async function openDocument(args: readonly unknown[]): Promise<void> {
  const [uri, line] = args;
  if (typeof uri !== 'string') throw new Error('rfcAuthor.openDocument needs a document URI.');
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preview: true });
  if (typeof line === 'number' && Number.isInteger(line) && line >= 0) {
    const pos = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
}
