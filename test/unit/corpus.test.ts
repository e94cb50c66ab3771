import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DocumentDiagnosticRequest, DocumentSymbolRequest, FileChangeType, HoverRequest } from 'vscode-languageserver-protocol/node';
import type { Diagnostic, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { filledRfc, makeCorpus, TOO_BIG } from '../../scripts/make-corpus.mjs';
import type { RfcService } from '../../server/src/core/index';
import { createRfcService } from '../../server/src/core/index';
import { parseRfc } from '../../server/src/core/parser/rfcParser';
import { TextLines } from '../../server/src/core/text';
import { NodeHost } from '../../server/src/node/nodeHost';
import { cleanup, runCli, tempDir, writeTree } from './cli/harness';
import { growth, repeatTo, withAttempts } from './fuzz/growth';
import { expectRange } from './fuzz/invariants';
import { startInProcess } from './serverInProcess';

const RFCS = 'docs/rfcs';
const CLEAN = ['RFC-0002-ten-thousand-headings.md', 'RFC-0007-invalid-utf8.md', 'RFC-0008-bom.md', 'RFC-0009-crlf.md', 'RFC-0010-cr.md', 'RFC-0013-clean.md'];
/** Files past a limit, and what their one notice says. */
const LIMITED: Record<string, RegExp> = {
  'RFC-0001-five-megabytes.md': /^This file has 5\.\d million characters; only the first 2 million \(to line \d+\) are analysed\.$/,
  'RFC-0003-deep-lists.md': /^Lists or quotes nest deeper than 64 levels here \(and \d+ more places\); what lies that deep is not analysed\.$/,
  'RFC-0004-deep-quotes.md': /^Lists or quotes nest deeper than 64 levels here \(and 1 more place\); what lies that deep is not analysed\.$/,
  'RFC-0011-x.md': /^This file looks binary \(it holds NUL bytes\); it is not analysed\.$/,
};

interface JsonFinding { file: string; rule: string; severity: string; line: number; message: string }

let root: string;
beforeAll(() => {
  root = makeCorpus(undefined, { tooBig: true });
});
afterAll(() => cleanup(root));

function byFile(findings: readonly JsonFinding[], name: string): JsonFinding[] {
  return findings.filter((f) => f.file === `${RFCS}/${name}`);
}

describe('the CLI over the pathological corpus', () => {
  it('checks every readable RFC and task, gives each file past a limit exactly one clear notice and clean files none', async () => {
    const run = await runCli(['check', '--format', 'json', '.'], root);
    const report = JSON.parse(run.stdout) as { filesChecked: number; findings: JsonFinding[] };
    expect(report.filesChecked).toBe(15);
    // Its two tasks are checked too: one lacks `created`, the other is only `---` and lacks every key.
    const tasks = report.findings.filter((f) => !f.file.startsWith(RFCS));
    expect(tasks.map((f) => `${f.file} ${f.rule} ${f.severity}`)).toEqual([
      'tasks/TASK-0001-first-step.md task-front-matter warning',
      ...Array<string>(4).fill('tasks/TASK-0002-only-dashes.md task-front-matter info'),
    ]);
    expect(run.stderr).toContain(`${TOO_BIG} is 21.0 MB, over the 20 MB limit; it is not read.`);
    expect(run.stderr).toContain(`cannot read ${TOO_BIG}; skipped.`);
    for (const [name, message] of Object.entries(LIMITED)) {
      const notices = byFile(report.findings, name).filter((f) => f.rule === 'file-limit');
      expect(notices.map((f) => [f.severity, f.message]), name).toEqual([['info', expect.stringMatching(message)]]);
    }
    // Binary content and too-deep nesting cost one notice; the sections after the deep lines are found.
    for (const name of ['RFC-0003-deep-lists.md', 'RFC-0004-deep-quotes.md', 'RFC-0011-x.md']) expect(byFile(report.findings, name), name).toHaveLength(1);
    for (const name of CLEAN) expect(byFile(report.findings, name), name).toEqual([]);
    // Past 200 findings a rule says how many more there are, instead of flooding the editor.
    const big = byFile(report.findings, 'RFC-0001-five-megabytes.md');
    for (const rule of new Set(big.map((f) => f.rule))) expect(big.filter((f) => f.rule === rule).length, rule).toBeLessThanOrEqual(201);
    // An empty file and one that is all code (its fence never closes) are missing everything, correctly:
    // the empty one is told so once, as a document with none of the template's sections is.
    expect(byFile(report.findings, 'RFC-0012-empty.md').filter((f) => f.rule === 'missing-section').map((f) => f.message)).toEqual([expect.stringMatching(/^This RFC has none of the template's 13 sections/)]);
    expect(byFile(report.findings, 'RFC-0005-unterminated-fence.md').map((f) => f.rule)).toContain('title-format');
    expect(run.code).toBe(1);
  }, 120_000);

  it('does more work in proportion to more files', async () => {
    const workspaceOf = (n: number): string => writeTree(tempDir('rfc-author-growth-'), Object.fromEntries(Array.from({ length: n }, (_, i) => {
      const id = `RFC-${String(i + 1).padStart(4, '0')}`;
      return [`${RFCS}/${id}-x.md`, filledRfc(id, 'Growth')];
    })));
    const small = workspaceOf(15);
    const large = workspaceOf(60);
    const cpu = async (dir: string): Promise<number> => {
      const before = process.cpuUsage();
      await runCli(['check', '--format', 'json', '.'], dir);
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    };
    try {
      await withAttempts(3, async () => {
        const [a, b] = [await cpu(small), await cpu(large)];
        return b / a < 8 ? undefined : `60 RFCs cost ${(b / a).toFixed(1)}× as much as 15 (${b.toFixed(0)} vs ${a.toFixed(0)} ms CPU)`;
      });
    } finally {
      cleanup(small);
      cleanup(large);
    }
  }, 120_000);
});

function flatten(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

describe('the core over the pathological corpus', () => {
  let service: RfcService;
  let host: NodeHost;
  beforeAll(async () => {
    host = new NodeHost(root);
    service = await createRfcService({ host, rootUri: `file://${root}` });
    await service.indexWorkspace();
  }, 60_000);

  it('answers every feature on every document with ranges inside it', async () => {
    const names = fs.readdirSync(path.join(root, RFCS)).filter((n) => /^RFC-\d{4}-.*\.md$/.test(n) && fs.lstatSync(path.join(root, RFCS, n)).isFile() && n !== path.basename(TOO_BIG));
    for (const name of names) {
      const p = `${RFCS}/${name}`;
      const text = (await host.readFile(p)) ?? '';
      const doc = { path: p, text, version: 1 };
      const lines = new TextLines(text);
      const findings = await service.computeDiagnostics(doc);
      for (const f of findings) expectRange(lines, f.range, `${name}: ${f.rule}`);
      for (const s of flatten(service.getDocumentSymbols(doc))) expectRange(lines, s.range, `${name}: symbol ${s.name}`);
      for (const l of service.getDocumentLinks(doc)) expectRange(lines, l.range, `${name}: link`);
      for (const f of service.getFoldingRanges(doc)) expect(f.endLine).toBeLessThan(lines.lineCount);
      service.getPhaseSummary(doc);
      for (const line of [0, Math.floor(lines.lineCount / 2), lines.lineCount - 1]) {
        const position = { line, character: Math.min(5, lines.lineLength(line)) };
        service.getCompletions(doc, position);
        service.getHover(doc, position);
        service.getDefinition(doc, position);
      }
      for (const f of findings.slice(0, 20)) service.getCodeActions(doc, f.range, { diagnostics: [{ range: f.range, code: f.rule, data: f.data, message: f.message }] });
    }
  }, 120_000);

  it('keeps ten thousand headings in the outline and a hundred thousand references on one line', () => {
    const headings = fs.readFileSync(path.join(root, RFCS, 'RFC-0002-ten-thousand-headings.md'), 'utf8');
    const symbols = flatten(service.getDocumentSymbols({ path: `${RFCS}/RFC-0002-ten-thousand-headings.md`, text: headings, version: 1 }));
    expect(symbols.filter((s) => /^(Appendix|Note) \d+$/.test(s.name))).toHaveLength(10_000);
    const links = fs.readFileSync(path.join(root, RFCS, 'RFC-0006-many-links.md'), 'utf8');
    expect(parseRfc('many-links.md', 1, links).references.length).toBeGreaterThanOrEqual(100_000);
  });

  it('puts the nesting notice on the line that nests too deeply', () => {
    const text = fs.readFileSync(path.join(root, RFCS, 'RFC-0003-deep-lists.md'), 'utf8');
    const deepLine = text.split('\n').findIndex((l) => l.startsWith('- - - - '));
    expect(parseRfc('deep.md', 1, text).limits.map((l) => l.range.start.line)).toEqual([deepLine]);
  });

  it('indexes the corpus: a task that is only --- keeps the id its name gives, the symlink loop lists each file once', async () => {
    expect(service.documentPaths('task')).toContain('tasks/TASK-0002-only-dashes.md');
    expect(service.getWorkspaceSymbols('TASK-0002').map((s) => s.location.uri)).toEqual([service.uriOf('tasks/TASK-0002-only-dashes.md')]);
    const listed = await host.listFiles(['docs/**/*.md', 'tasks/*.md'], []);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((p) => p.includes('loop') || p.includes('self'))).toEqual([]);
  });

  it('does work on a big RFC that grows linearly with its size', async () => {
    const body = '\n## Context\n\nThe pipeline links TASK-0001, `tasks/TASK-0001-first-step.md` and [the old design](../adr/0001-gone.md).\n';
    await withAttempts(3, async () => {
      const g = await growth(service, (n) => filledRfc('RFC-0001', 'Big') + repeatTo(body, n), 100_000, 400_000);
      return g.ratio < 8 ? undefined : `${g.size} → ${g.size * 4} characters cost ${g.ratio.toFixed(1)}× as much`;
    });
  }, 120_000);
});

describe('the language server over the pathological corpus', () => {
  it('keeps answering for a file deleted on disk while it is open, and for every other file', async () => {
    const server = await startInProcess(root);
    const pull = async (uri: string): Promise<Diagnostic[]> => ((await server.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;
    try {
      const rel = `${RFCS}/RFC-0013-clean.md`;
      const text = fs.readFileSync(path.join(root, rel), 'utf8');
      const uri = await server.open(rel, text);
      expect(await pull(uri)).toEqual([]);
      fs.rmSync(path.join(root, rel));
      await server.client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
      // The editor still has the buffer: it is still checked and navigable.
      expect(await pull(uri)).toEqual([]);
      expect(await server.client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).not.toEqual([]);
      await server.client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 7, character: 14 } });
      await server.client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      const big = await server.open(`${RFCS}/RFC-0001-five-megabytes.md`, fs.readFileSync(path.join(root, RFCS, 'RFC-0001-five-megabytes.md'), 'utf8'));
      expect((await pull(big)).filter((d) => d.code === 'file-limit')).toHaveLength(1);
      const binary = await server.open(`${RFCS}/RFC-0011-x.md`, fs.readFileSync(path.join(root, RFCS, 'RFC-0011-x.md'), 'utf8'));
      expect((await pull(binary)).map((d) => d.code)).toEqual(['file-limit']);
      expect(server.logs.filter((l) => /Uncaught|failed/i.test(l))).toEqual([]);
    } finally {
      server.stop();
      fs.writeFileSync(path.join(root, RFCS, 'RFC-0013-clean.md'), filledRfc('RFC-0013', 'Clean'));
    }
  }, 120_000);
});
