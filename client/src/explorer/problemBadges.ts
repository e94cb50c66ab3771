/**
 * The problem badge of an RFC in the explorer: its error count (or, without errors, its warning
 * count) at the right of the row, in the colours the file explorer uses for problems. VS Code draws
 * badges only through a `FileDecorationProvider` keyed by a tree item's `resourceUri`, so each RFC
 * row carries a URI of our own scheme whose query holds the server's counts: the provider reads
 * back what the tree wrote, keeps no state, and a new count is a new URI that VS Code decorates anew.
 */
import * as vscode from 'vscode';
import type { ProblemCounts } from '../../../shared/protocol';
import { problemsText } from './explorerModel';

const SCHEME = 'rfc-author-problems';

/** The URI that makes an RFC's row show its badge, or undefined when there is nothing to show. */
export function problemsUri(rfcUri: string, problems: ProblemCounts | null): vscode.Uri | undefined {
  if (!problems || (problems.errors === 0 && problems.warnings === 0)) return undefined;
  return vscode.Uri.from({ scheme: SCHEME, path: `/${encodeURIComponent(rfcUri)}`, query: `errors=${problems.errors}&warnings=${problems.warnings}` });
}

export class ProblemBadges implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== SCHEME) return undefined;
    const query = new URLSearchParams(uri.query);
    const problems = { errors: Number(query.get('errors') ?? 0), warnings: Number(query.get('warnings') ?? 0) };
    const tooltip = problemsText(problems);
    if (problems.errors > 0) return { badge: badge(problems.errors), tooltip, color: new vscode.ThemeColor('list.errorForeground') };
    if (problems.warnings > 0) return { badge: badge(problems.warnings), tooltip, color: new vscode.ThemeColor('list.warningForeground') };
    return undefined;
  }
}

/** A badge holds at most two characters, as the file explorer's problem counts do. */
function badge(count: number): string {
  return count > 9 ? '9+' : String(count);
}
