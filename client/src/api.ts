/**
 * What `activate()` returns: the small API other extensions and the extension tests use
 * (`vscode.extensions.getExtension('rfc-author.rfc-author').exports`). Everything else a caller needs
 * is standard VS Code API: diagnostics, the language features and the commands.
 */
import type * as vscode from 'vscode';
import type { PhaseSummary } from '../../shared/protocol';
import type { ServerHandle } from './languageClient';
import type { PhaseStatusBar } from './statusBar';

/** What the phase status-bar item shows while it is visible. */
export interface StatusBarState {
  /** `RFC-0004 ✅1 🟨1 ⬜0`. */
  readonly text: string;
  /** The tooltip, as Markdown. */
  readonly tooltip: string;
}

export interface RfcAuthorApi {
  /** The phase summary of a document from the language server; null when it is not an RFC or the server is not running. */
  phaseSummary(uri: vscode.Uri): Promise<PhaseSummary | null>;
  /** The phase status-bar item as it is now; undefined while it is hidden. */
  statusBar(): StatusBarState | undefined;
  /** Whether the language server is running (false while it starts or restarts). */
  readonly serverRunning: boolean;
}

export function createApi(server: ServerHandle, statusBar: PhaseStatusBar): RfcAuthorApi {
  return Object.freeze({
    phaseSummary: (uri: vscode.Uri) => server.phaseSummary(uri),
    statusBar: () => statusBar.shown,
    get serverRunning() {
      return server.isRunning;
    },
  });
}
