import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { toDiagnostic } from '../../../server/src/features/diagnostics';

const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } };

describe('findings as LSP diagnostics', () => {
  it('carries the rule id as code, a link to its documentation, the source and the fix data with the rule id', () => {
    const d = toDiagnostic({ rule: 'broken-link', severity: 'error', range, message: 'gone', data: { path: 'tasks/x.md' } });
    expect(d).toEqual({
      range,
      severity: DiagnosticSeverity.Error,
      code: 'broken-link',
      codeDescription: { href: 'https://github.com/rfc-author/rfc-author/blob/main/docs/rules.md#broken-link' },
      source: 'rfc-author',
      message: 'gone',
      data: { path: 'tasks/x.md', rule: 'broken-link' },
    });
  });

  it('maps warning and info severities, and gives a finding without data the rule id as data', () => {
    expect(toDiagnostic({ rule: 'placeholder', severity: 'warning', range, message: 'm' }).severity).toBe(DiagnosticSeverity.Warning);
    const info = toDiagnostic({ rule: 'phase-marker', severity: 'info', range, message: 'm' });
    expect(info.severity).toBe(DiagnosticSeverity.Information);
    expect(info.data).toEqual({ rule: 'phase-marker' });
  });

  it('links no documentation for a notice that is not a rule, such as the file-size limit', () => {
    const d = toDiagnostic({ rule: 'file-limit', severity: 'info', range, message: 'too big' });
    expect(d.code).toBe('file-limit');
    expect(d.codeDescription).toBeUndefined();
  });
});
