import * as fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../server/src/core/rules';
import { cleanRfc, DONE_TASK, rfcWithTitleError } from './fixtures';
import { cleanup, runCli, tempDir, writeTree } from './harness';

/** A broken link placed after an emoji that takes two UTF-16 units, to pin down how columns count. */
const EMOJI_LINE = '  - Tasks: 🟨 `tasks/TASK-0099-missing.md` (execution + proof)';
const withEmojiLink = cleanRfc('RFC-0004', 'Emoji link', { links: `  - Tasks: \`tasks/TASK-0001-first-step.md\`\n${EMOJI_LINE}` });

let root: string;
beforeAll(() => {
  root = writeTree(tempDir(), {
    ...DONE_TASK,
    '.rfc-author.json': JSON.stringify({ rules: { 'date-order': 'info' } }),
    'docs/rfcs/RFC-0001-clean.md': cleanRfc(),
    'docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002'),
    'docs/rfcs/RFC-0003-dates swapped.md': cleanRfc('RFC-0003', 'Dates').replace('- Last Updated: 2026-02-01', '- Last Updated: 2025-12-01'),
    'docs/rfcs/RFC-0004-emoji-link.md': withEmojiLink,
  });
});
afterAll(() => cleanup(root));

interface JsonOut {
  version: number;
  root: string;
  filesChecked: number;
  findings: Record<string, unknown>[];
}

describe('--format json', () => {
  it('has exactly the documented keys, with workspace-relative forward-slash paths and 1-based positions', async () => {
    const r = await runCli(['check', '--format', 'json'], root);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as JsonOut;
    expect(Object.keys(json)).toEqual(['version', 'root', 'filesChecked', 'findings']);
    expect(json).toMatchObject({ version: 1, root, filesChecked: 5 });
    for (const f of json.findings) expect(Object.keys(f)).toEqual(['file', 'rule', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message']);
    expect(json.findings.find((f) => f.rule === 'title-format')).toEqual({
      file: 'docs/rfcs/RFC-0002-dashed-title.md',
      rule: 'title-format',
      severity: 'error',
      line: 1,
      column: 3,
      endLine: 1,
      endColumn: '# RFC-0002 — Dashed title'.length + 1,
      message: expect.stringContaining('colon') as unknown,
    });
    expect(json.findings.find((f) => f.rule === 'date-order')).toMatchObject({ file: 'docs/rfcs/RFC-0003-dates swapped.md', severity: 'info', line: 6, column: 17 });
  });

  it('counts columns in UTF-16 code units, as editors and LSP do', async () => {
    const json = JSON.parse((await runCli(['check', '--format', 'json'], root)).stdout) as JsonOut;
    const link = json.findings.find((f) => f.rule === 'broken-link');
    const line = withEmojiLink.split('\n').indexOf(EMOJI_LINE) + 1;
    const start = EMOJI_LINE.indexOf('tasks/TASK-0099');
    const end = EMOJI_LINE.indexOf('.md`') + '.md'.length;
    // 🟨 is one code point but two UTF-16 units: counting code points would be one column short.
    expect([...EMOJI_LINE.slice(0, start)].length).toBe(start - 1);
    expect(link).toMatchObject({ file: 'docs/rfcs/RFC-0004-emoji-link.md', line, column: start + 1, endLine: line, endColumn: end + 1 });
  });

  it('reports no findings and exit code 0 for a clean workspace', async () => {
    const clean = writeTree(tempDir(), { ...DONE_TASK, 'docs/rfcs/RFC-0001-clean.md': cleanRfc() });
    try {
      const r = await runCli(['check', '--format=json'], clean);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ version: 1, root: clean, filesChecked: 2, findings: [] });
    } finally {
      cleanup(clean);
    }
  });
});

interface SarifOut {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; helpUri: string; help: { text: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

describe('--format sarif', () => {
  it('is a SARIF 2.1.0 log with one run whose driver describes every rule', async () => {
    const r = await runCli(['check', '--format', 'sarif'], root);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout) as SarifOut;
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const { driver } = sarif.runs[0].tool;
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    expect(driver).toMatchObject({ name: 'rfc-author', version: pkg.version, informationUri: 'https://github.com/rfc-author/rfc-author' });
    expect(driver.rules.map((d) => d.id)).toEqual(RULES.map((rule) => rule.id));
    for (const [i, d] of driver.rules.entries()) {
      expect(d.shortDescription.text).toBe(RULES[i].description);
      expect(d.helpUri).toBe(`https://github.com/rfc-author/rfc-author/blob/main/docs/rules.md#${d.id}`);
      expect(d.help.text).toContain(RULES[i].description);
    }
  });

  it('locates each result by a relative URI on a base id and a 1-based region, with SARIF levels', async () => {
    const sarif = JSON.parse((await runCli(['check', '--format', 'sarif'], root)).stdout) as SarifOut;
    const run = sarif.runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${root}/`);
    const title = run.results.find((x) => x.ruleId === 'title-format');
    expect(title).toMatchObject({ level: 'error', message: { text: expect.stringContaining('colon') as unknown } });
    expect(title?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/rfcs/RFC-0002-dashed-title.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 3, endLine: 1, endColumn: '# RFC-0002 — Dashed title'.length + 1 },
    });
    const info = run.results.find((x) => x.ruleId === 'date-order');
    expect(info?.level).toBe('note');
    expect(info?.locations[0].physicalLocation.artifactLocation.uri).toBe('docs/rfcs/RFC-0003-dates%20swapped.md');
    for (const x of run.results) expect(run.tool.driver.rules[x.ruleIndex].id).toBe(x.ruleId);
  });
});
