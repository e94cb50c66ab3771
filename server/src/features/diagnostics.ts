import type { Diagnostic } from 'vscode-languageserver/node';
import { DiagnosticSeverity, DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';
import type { Finding, Severity } from '../core';
import { isRuleId } from '../core';
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
  return findings.map(toDiagnostic);
}

/**
 * Pull diagnostics (`textDocument/diagnostic`) for clients that pull; the push side lives in
 * ../diagnostics.ts. Other files matter (a task's status, a link's target), hence
 * `interFileDependencies`; the server does not report on unopened files.
 */
export const diagnosticsFeature: Feature = {
  capabilities: (client) => (client.pullDiagnostics ? { diagnosticProvider: { identifier: 'rfc-author', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
  register(ctx) {
    if (!ctx.client.pullDiagnostics) return;
    ctx.connection.languages.diagnostics.on(ctx.guard.requestOrError('diagnostics', async (params, token) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: (await diagnosticsOf(ctx, params.textDocument.uri, token)) ?? [],
    })));
  },
};
