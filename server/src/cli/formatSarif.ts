import { pathToFileURL } from 'node:url';
import type { Severity } from '../core';
import { LIMIT_CODE, RULE_CATALOGUE } from '../core';
import type { CheckReport } from './check';

export const RULES_DOC_URL = 'https://github.com/rfc-author/rfc-author/blob/main/docs/rules.md';
const INFORMATION_URI = 'https://github.com/rfc-author/rfc-author';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where artifact URIs are relative to; code-scanning services resolve it against the checkout. */
const ROOT_BASE = '%SRCROOT%';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

interface RuleDescriptor {
  readonly id: string;
  readonly description: string;
  readonly level: Severity;
}

/** The notice a file past a parsing limit gets is not a rule, but SARIF wants every result's rule described. */
const LIMIT_RULE: RuleDescriptor = { id: LIMIT_CODE, description: 'A file is past a parsing limit and was analysed only in part.', level: 'info' };

/**
 * SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps): one run, every rule described
 * with a link to its documentation, results located by workspace-relative URI and 1-based
 * UTF-16 columns (declared with `columnKind`).
 */
export function toSarif(report: CheckReport, toolVersion: string): Record<string, unknown> {
  const descriptors: RuleDescriptor[] = RULE_CATALOGUE.map((r) => ({ id: r.id, description: r.description, level: r.defaultSeverity }));
  const used = new Set(report.files.flatMap((f) => f.findings.map((x) => x.rule)));
  for (const id of used) {
    if (descriptors.some((d) => d.id === id)) continue;
    descriptors.push(id === LIMIT_CODE ? LIMIT_RULE : { id, description: `Rule ${id}.`, level: 'warning' });
  }
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const rootUri = pathToFileURL(report.root).href.replace(/\/?$/, '/');

  const results = report.files.flatMap((file) =>
    file.findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: indexOf.get(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: ROOT_BASE },
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rfc-author',
            version: toolVersion,
            informationUri: INFORMATION_URI,
            rules: descriptors.map((d) => ({
              id: d.id,
              shortDescription: { text: d.description },
              helpUri: `${RULES_DOC_URL}#${d.id}`,
              help: { text: `${d.description} See ${RULES_DOC_URL}#${d.id}` },
              defaultConfiguration: { level: LEVEL[d.level] },
            })),
          },
        },
        originalUriBaseIds: { [ROOT_BASE]: { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(report: CheckReport, toolVersion: string): string {
  return `${JSON.stringify(toSarif(report, toolVersion), null, 2)}\n`;
}
