/**
 * The status-bar item for the active RFC: `RFC-0004 ✅1 🟨1 ⬜0`, the phases in its tooltip, and a
 * click that runs "RFC: Show Phases". The summary comes from the server (`rfcAuthor/phaseSummary`),
 * asked again as the user types (debounced) and when the active editor changes; the item hides
 * for documents that are not RFCs.
 */
import * as vscode from 'vscode';
import type { StatusBarState } from './api';
import type { ServerHandle } from './languageClient';
import { statusBarText, statusBarTooltip } from './phaseSummaryText';

/** Typing pauses shorter than this do not trigger a request. */
const DEBOUNCE_MS = 150;

export class PhaseStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: vscode.CancellationTokenSource | undefined;
  /** Counts updates so that an answer to an older request never overwrites a newer one. */
  private generation = 0;
  /** What the item shows while visible (a status-bar item cannot be asked whether it is shown). */
  private state: StatusBarState | undefined;

  constructor(private readonly server: ServerHandle, showPhasesCommand: string) {
    this.item = vscode.window.createStatusBarItem('rfcAuthor.phases', vscode.StatusBarAlignment.Left, 100);
    this.item.name = 'RFC Phases';
    this.item.command = showPhasesCommand;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(DEBOUNCE_MS);
      }),
      server.onDidChangeRunning(() => this.schedule(0)),
    );
    this.schedule(0);
  }

  /** The item's text and tooltip while it is visible; undefined while hidden. */
  get shown(): StatusBarState | undefined {
    return this.state;
  }

  private hide(): void {
    this.state = undefined;
    this.item.hide();
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update().catch((e: unknown) => {
        this.server.output.appendLine(`[client] Phase summary failed: ${(e as Error).message}`);
        this.hide();
      });
    }, delay);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    this.pending?.cancel();
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown' || editor.document.uri.scheme !== 'file') {
      this.hide();
      return;
    }
    const source = new vscode.CancellationTokenSource();
    this.pending = source;
    try {
      const summary = await this.server.phaseSummary(editor.document.uri, source.token);
      if (generation !== this.generation) return;
      if (!summary) {
        this.hide();
        return;
      }
      this.state = { text: statusBarText(summary), tooltip: statusBarTooltip(summary) };
      this.item.text = this.state.text;
      const tooltip = new vscode.MarkdownString(this.state.tooltip);
      tooltip.isTrusted = false;
      this.item.tooltip = tooltip;
      this.item.accessibilityInformation = { label: `${summary.id ?? 'RFC'}: ${summary.counts.done} phases done, ${summary.counts.inProgress} in progress, ${summary.counts.notStarted} not started` };
      this.item.show();
    } finally {
      source.dispose();
      if (this.pending === source) this.pending = undefined;
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.pending?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}
