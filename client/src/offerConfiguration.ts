/**
 * When a folder has another team's RFC or ADR layout (React's text/ and 0000-template.md, MADR's
 * docs/decisions, KEPs, …) and no `.rfc-author.json`, the extension offers to write one: the same
 * detection and the same commented file as `rfc-author init`, through the same Node module. The offer
 * is a notification that never blocks; "Don't ask again for this folder" is kept in workspaceState.
 */
import * as vscode from 'vscode';
import type { DetectedLayout } from '../../server/src/core';
import { configFileOf, configFileText, detectFolderLayout } from '../../server/src/node/layout';

const CREATE = 'Create';
const NOT_NOW = 'Not now';
const NEVER = "Don't ask again for this folder";

/** The workspaceState key that remembers "Don't ask again" for a folder. */
export function declinedKey(folder: vscode.WorkspaceFolder): string {
  return `rfcAuthor.configurationOffer.declined:${folder.uri.toString()}`;
}

/** Offers a configuration for every folder that has a recognised layout, no configuration and no "never". */
export async function offerConfigurations(state: vscode.Memento, log: (line: string) => void): Promise<void> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file' || state.get<boolean>(declinedKey(folder)) === true) continue;
    if (configFileOf(folder.uri.fsPath).exists) continue;
    const layout = await detectFolderLayout(folder.uri.fsPath);
    if (!layout.config) continue;
    log(`[client] ${folder.name}: found ${layout.summary}; offering a configuration.`);
    // One folder's offer never waits for another's answer.
    void ask(folder, layout, state, log);
  }
}

async function ask(folder: vscode.WorkspaceFolder, layout: DetectedLayout, state: vscode.Memento, log: (line: string) => void): Promise<void> {
  const choice = await vscode.window.showInformationMessage(`RFC Author found ${layout.summary}. Create .rfc-author.json?`, CREATE, NOT_NOW, NEVER);
  if (choice === NEVER) await state.update(declinedKey(folder), true);
  if (choice === CREATE) await writeConfiguration(folder, layout, log);
}

/**
 * Writes the folder's configuration and shows it (its comments say what was found and why). An
 * existing file is never replaced: it may have appeared since the offer was made.
 */
export async function writeConfiguration(folder: vscode.WorkspaceFolder, layout: DetectedLayout, log: (line: string) => void): Promise<void> {
  const target = configFileOf(folder.uri.fsPath);
  const uri = vscode.Uri.file(target.file);
  if (target.exists) {
    void vscode.window.showInformationMessage(`${folder.name} already has .rfc-author.json; it was left as it is.`);
  } else {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(configFileText(layout)));
    log(`[client] wrote ${target.file}`);
  }
  await vscode.window.showTextDocument(uri, { preview: false });
}
