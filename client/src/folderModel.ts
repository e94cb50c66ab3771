/**
 * The core, run inside the extension for the commands that must not wait for the language server
 * (scaffolding, Insert Section, Show Phases, Go to Linked Task). It reads the same configuration as
 * the server (`.rfc-author.json` with the `rfcAuthor.*` settings over it) and the same template,
 * through the same Node host, so both halves agree on globs, folders and template.
 */
import * as vscode from 'vscode';
import type { RfcAuthorSettings } from '../../shared/settings';
import { SETTING_KEYS, SETTINGS_SECTION } from '../../shared/settings';
import type { RfcService, SourceDocument } from '../../server/src/core';
import { createRfcService } from '../../server/src/core';
import { loadConfig } from '../../server/src/node/config';
import { NodeHost } from '../../server/src/node/nodeHost';
import { effectiveConfig } from '../../server/src/settings';

/** A workspace folder as the core sees it: configured, with its template loaded. */
export interface FolderModel {
  readonly folder: vscode.WorkspaceFolder;
  readonly service: RfcService;
}

/**
 * Builds the core's view of a folder. `indexNames` lists the folder's documents by file name (ids
 * are known at once; files are read only when a command needs their title or status).
 */
export async function folderModel(folder: vscode.WorkspaceFolder, indexNames = false): Promise<FolderModel> {
  const host = new NodeHost(folder.uri.fsPath);
  const loaded = await loadConfig(folder.uri.fsPath);
  const { config } = effectiveConfig(loaded, readSettings(folder));
  const service = await createRfcService({ host, rootUri: folder.uri.toString(), config, today });
  if (indexNames) await service.indexNames();
  return { folder, service };
}

function readSettings(folder: vscode.WorkspaceFolder): RfcAuthorSettings {
  const section = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder.uri);
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) out[key] = section.get(key);
  return out;
}

/** Today in the local time zone as `YYYY-MM-DD`: the date the author sees on their calendar. */
export function today(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The active editor's document with its folder and workspace-relative path, when it is in a folder. */
export interface ActiveDocument {
  readonly editor: vscode.TextEditor;
  readonly folder: vscode.WorkspaceFolder;
  readonly source: SourceDocument;
}

export function activeDocument(): ActiveDocument | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.scheme !== 'file') return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(editor.document.uri);
  if (!folder) return undefined;
  const path = vscode.workspace.asRelativePath(editor.document.uri, false).replace(/\\/g, '/');
  return { editor, folder, source: { path, text: editor.document.getText(), version: editor.document.version } };
}

/** The active document when the core classifies it as an RFC; tells the user otherwise. */
export async function activeRfc(command: string): Promise<(ActiveDocument & { model: FolderModel }) | undefined> {
  const active = activeDocument();
  if (!active) {
    void vscode.window.showInformationMessage(`${command}: open an RFC in a workspace folder first.`);
    return undefined;
  }
  const model = await folderModel(active.folder, true);
  if (model.service.kindOf(active.source.path) !== 'rfc') {
    void vscode.window.showInformationMessage(`${command}: "${active.source.path}" is not an RFC (it does not match ${model.service.config.rfcGlobs.join(', ')}).`);
    return undefined;
  }
  return { ...active, model };
}
