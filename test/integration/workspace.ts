/**
 * The folder the tests run in, and putting it back. The launchers open a fresh copy of
 * test/fixtures/integration-workspace/ in a temporary folder; another launcher may open the fixture
 * itself, or an empty folder for the runner to copy the fixture into. Either way the run checks that
 * the folder holds exactly the fixture's files, keeps their text in memory, and when it ends puts
 * the folder back as it found it: files the tests changed are written back, files and folders they
 * created are deleted (and a folder that was empty is emptied again). Any other folder is refused,
 * because the tests edit, write and delete files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'rfc-author.rfc-author';

/** The fixture's files by workspace-relative path, as the run found them. */
let snapshot: ReadonlyMap<string, string> | undefined;
/** Whether the folder was empty and the runner copied the fixture into it. */
let copiedIn = false;

function fixtureDir(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`The extension ${EXTENSION_ID} is not loaded: start VS Code with this repository as the extension under development.`);
  return path.join(ext.extensionPath, 'test', 'fixtures', 'integration-workspace');
}

/** The open folder. */
export function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No folder is open.');
  return folder.uri;
}

/** Every file under `dir`, as sorted `/`-separated relative paths. */
function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** Checks that one folder is open and holds exactly the fixture's files, and remembers them. */
export function prepareWorkspace(): void {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const wanted = 'a fresh copy of test/fixtures/integration-workspace/ (the launchers make one in a temporary folder)';
  if (folders.length !== 1) throw new Error(`The extension tests need one open folder, ${wanted}; ${folders.length} are open.`);
  const open = folders[0].uri.fsPath;
  const expected = listFiles(fixtureDir());
  copiedIn = listFiles(open).length === 0;
  if (copiedIn) fs.cpSync(fixtureDir(), open, { recursive: true });
  const actual = listFiles(open);
  const read = (dir: string, rel: string): string => fs.readFileSync(path.join(dir, ...rel.split('/')), 'utf8');
  const extra = actual.filter((f) => !expected.includes(f));
  const differing = expected.filter((f) => !actual.includes(f) || read(open, f) !== read(fixtureDir(), f));
  if (extra.length > 0 || differing.length > 0) {
    throw new Error(`The open folder ${open} is not ${wanted}: ${[...extra.map((f) => `${f} is extra`), ...differing.map((f) => `${f} differs or is missing`)].join('; ')}.`);
  }
  snapshot = new Map(actual.map((f) => [f, read(open, f)]));
}

/**
 * Whether the runner copied the fixture into an empty folder: then the workspace had no RFC when
 * VS Code started, and nothing could activate the extension by `workspaceContains`.
 */
export function fixtureCopiedByRunner(): boolean {
  return copiedIn;
}

/** The file's text as the run found it (the fixture's). */
export function fixtureText(rel: string): string {
  const text = snapshot?.get(rel);
  if (text === undefined) throw new Error(`${rel} is not a file of the fixture (or prepareWorkspace() did not run).`);
  return text;
}

/** Puts the folder back as prepareWorkspace() found it. */
export function restoreWorkspace(): void {
  if (!snapshot) return;
  const open = root().fsPath;
  for (const rel of listFiles(open)) if (copiedIn || !snapshot.has(rel)) fs.rmSync(path.join(open, ...rel.split('/')), { force: true });
  if (copiedIn) {
    removeEmptyFolders(open);
    return;
  }
  for (const [rel, text] of snapshot) {
    const file = path.join(open, ...rel.split('/'));
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  removeEmptyFolders(open);
}

/** Deletes the folders that hold no file any more (the tests created them: the fixture has none). */
function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(path.join(dir, entry.name))) fs.rmdirSync(path.join(dir, entry.name));
    else empty = false;
  }
  return empty;
}
