import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { ProblemCounts } from '../../shared/protocol';
import type { FolderState } from './folderState';

/**
 * Error and warning counts of what the editor was last given for each document (a push, a pull
 * answer, a workspace report), by folder and workspace path: the RFC explorer's badges show these,
 * so they are the editor's Problems, not a second computation.
 */
export class ProblemCountStore {
  private readonly byFolder = new Map<FolderState, Map<string, ProblemCounts>>();

  /** `changed` is told when a count changes (the overview may differ). */
  constructor(private readonly changed: (folder: FolderState) => void) {}

  /** The editor was given `diagnostics` for `path`. */
  set(folder: FolderState, path: string, diagnostics: readonly Diagnostic[]): void {
    const counts = countOf(diagnostics);
    let paths = this.byFolder.get(folder);
    if (!paths) this.byFolder.set(folder, (paths = new Map<string, ProblemCounts>()));
    const before = paths.get(path);
    paths.set(path, counts);
    if (!before || before.errors !== counts.errors || before.warnings !== counts.warnings) this.changed(folder);
  }

  /** The editor shows nothing for `path` any more. */
  delete(folder: FolderState, path: string): void {
    if (this.byFolder.get(folder)?.delete(path)) this.changed(folder);
  }

  of(folder: FolderState, path: string): ProblemCounts | undefined {
    return this.byFolder.get(folder)?.get(path);
  }

  /** Forgets a folder that left the workspace. */
  forget(folder: FolderState): void {
    this.byFolder.delete(folder);
  }
}

function countOf(diagnostics: readonly Diagnostic[]): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === DiagnosticSeverity.Error) errors++;
    else if (d.severity === DiagnosticSeverity.Warning) warnings++;
  }
  return { errors, warnings };
}
