import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity, DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';
import type { SuppressedSeverity } from '../../../shared/settings';
import type { Finding, Severity } from '../core';
import { isRuleId, SUPPRESSIONS_FILE, suppressedRules } from '../core';
import type { Feature } from './feature';

/** Where each rule is documented; the diagnostic code links there. */
export const RULES_DOC_URL = 'https://github.com/rfc-author/rfc-author/blob/main/docs/rules.md';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * A finding as LSP shows it: code = rule id, linked to the rule's section of docs/rules.md (notices
 * that are not rules, like the file-size limit, have no section), `data` = the rule's fix data plus
 * the rule id.
 */
export function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    ...(isRuleId(f.rule) ? { codeDescription: { href: `${RULES_DOC_URL}#${f.rule}` } } : {}),
    source: 'rfc-author',
    message: f.message,
    data: { ...f.data, rule: f.rule },
  };
}

/** A document's diagnostics now, or undefined when it is not open (or not in a workspace). */
export async function diagnosticsOf(ctx: ServerContext, uri: string, token: { isCancellationRequested: boolean }): Promise<Diagnostic[] | undefined> {
  const open = await ctx.open(uri);
  if (!open) return undefined;
  const findings = await open.service.computeDiagnostics(open.doc, token);
  const suppressed = suppressedRules(open.doc.path, findings, open.folder.suppressions.current());
  return findings.flatMap((f) => (suppressed.has(f.rule) ? asSuppressed(f, open.folder.suppressedSeverity) : [toDiagnostic(f)]));
}

/**
 * A finding that `rfc-author-suppressions.json` suppresses, as `rfcAuthor.suppressedSeverity` says:
 * a hint that says why it is one (default), nothing, or the finding as it is. The CLI hides the same
 * findings by the same counts (`suppressedRules`), so the editor never shows a CI failure as a hint.
 */
function asSuppressed(f: Finding, mode: SuppressedSeverity): Diagnostic[] {
  if (mode === 'off') return [];
  const d = toDiagnostic(f);
  if (mode === 'unchanged') return [d];
  return [{ ...d, severity: DiagnosticSeverity.Hint, message: `${d.message} (suppressed by ${SUPPRESSIONS_FILE})` }];
}

/**
 * Pull diagnostics for clients that pull: `textDocument/diagnostic` for open documents, and
 * `workspace/diagnostic` for the RFCs that are not open (when `rfcAuthor.diagnostics.scope` is
 * `workspace`; ../workspaceDiagnostics.ts, held open until something changed). The push side lives
 * in ../diagnostics.ts. Other files matter (a task's status, a link's target), hence
 * `interFileDependencies`.
 */
export const diagnosticsFeature: Feature = {
  capabilities: (client) => (client.pullDiagnostics ? { diagnosticProvider: { identifier: 'rfc-author', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
  register(ctx) {
    if (!ctx.client.pullDiagnostics) return;
    ctx.connection.languages.diagnostics.on(ctx.guard.requestOrError('diagnostics', async (params, token) => {
      const items = await diagnosticsOf(ctx, params.textDocument.uri, token);
      if (items && !token.isCancellationRequested) ctx.diagnostics.answered(params.textDocument.uri, items);
      return { kind: DocumentDiagnosticReportKind.Full, items: items ?? [] };
    }));
    ctx.connection.languages.diagnostics.onWorkspace(ctx.guard.requestOrError('workspaceDiagnostics', async (params, token, _progress, partial) => ({
      items: await ctx.workspaceDiagnostics.pull(params.previousResultIds, token, partial ? (items) => partial.report({ items }) : undefined),
    }), true));
  },
};
