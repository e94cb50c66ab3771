import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../server/src/cli/check';
import { formatGithub } from '../../../server/src/cli/formatGithub';
import { formatJson, toJsonReport } from '../../../server/src/cli/formatJson';
import { formatSarif } from '../../../server/src/cli/formatSarif';
import { formatText } from '../../../server/src/cli/formatText';
import { plainView } from '../../../server/src/cli/reportView';
import type { Finding } from '../../../server/src/core/index';
import { cleanup, runCli, tempDir, writeTree } from '../cli/harness';
import { FILES } from '../features/fixtures';
import { documentArb, ODD_CHARS } from './arbitraries';
import { fuzz, timeoutFor } from './fuzz';
import type { FuzzWorkspace } from './workspace';
import { fuzzWorkspace, RFC_PATH } from './workspace';

/** Text with anything in it, lone surrogates and control characters included (messages quote documents). */
const anyText = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom(...ODD_CHARS)), maxLength: 40 });
/** File names a file system can hold (no lone surrogates, no NUL). */
const fileName = fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map((s) => s.replace(/[\0/\\]/g, '_'));

const syntheticFinding: fc.Arbitrary<Finding> = fc.record({
  rule: fc.oneof(fc.constantFrom('broken-link', 'file-limit', 'mojibake'), anyText),
  severity: fc.constantFrom('error', 'warning', 'info'),
  range: fc.tuple(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000), fc.nat(10_000)).map(([a, b, c, d]) => ({ start: { line: a, character: b }, end: { line: a + c, character: d } })),
  message: anyText,
});

describe('the CLI output', () => {
  let fw: FuzzWorkspace;
  let root: string;
  beforeAll(async () => {
    fw = await fuzzWorkspace();
    root = writeTree(tempDir('rfc-author-fuzz-cli-'), FILES);
  });
  afterAll(() => cleanup(root));

  it('is JSON that parses back to the report, and SARIF that parses, for any findings of any document', async () => {
    await fuzz(
      'CLI formatters',
      fc.asyncProperty(documentArb, fc.array(syntheticFinding, { maxLength: 4 }), fileName, anyText, async (text, extra, name, rootName) => {
        const findings = [...(await fw.service.computeDiagnostics({ path: RFC_PATH, text, version: 1 })), ...extra];
        const root = `/work/${rootName.replace(/\0/g, '')}`;
        const report: CheckReport = { roots: [{ root, configProblems: [] }], files: [{ root, path: `docs/rfcs/${name}`, findings }, { root, path: 'docs/rfcs/empty.md', findings: [] }], emptyReasons: [] };
        const view = plainView(report);
        expect(JSON.parse(formatJson(view))).toEqual(JSON.parse(JSON.stringify(toJsonReport(view))));
        const sarif = JSON.parse(formatSarif(view, '0.0.0')) as { runs: { results: unknown[] }[] };
        expect(sarif.runs[0].results).toHaveLength(findings.length);
        formatText(view, { color: true, displayPath: (_r, p) => p });
        // One workflow command a line, whatever a message holds: a newline in it must not start another.
        const github = formatGithub(view, root);
        expect(github.split('\n').filter((l) => l !== '')).toHaveLength(findings.length);
        for (const line of github.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^::(error|warning|notice) file=[^,]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]*::/);
      }),
      1000,
    );
  }, timeoutFor(1000, 20));

  it('prints JSON that parses when `rfc-author check --format json` runs over a workspace holding any document', async () => {
    const file = path.join(root, ...'docs/rfcs/RFC-0009-fuzz.md'.split('/'));
    await fuzz(
      'CLI process',
      fc.asyncProperty(fc.oneof(documentArb.map((t) => Buffer.from(t, 'utf8')), fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b))), async (bytes) => {
        fs.writeFileSync(file, bytes);
        const run = await runCli(['check', '--format', 'json', '.'], root);
        expect([0, 1]).toContain(run.code);
        const report = JSON.parse(run.stdout) as { filesChecked: number; findings: { file: string }[] };
        expect(report.filesChecked).toBeGreaterThanOrEqual(2);
      }),
      40,
      2000,
    );
  }, timeoutFor(40, 1000));
});
