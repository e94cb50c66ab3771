import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanRfc, DONE_TASK, mixedWorkspace, rfcWithDateWarning, rfcWithTitleError } from './fixtures';
import { cleanup, runCli, tempDir, writeTree } from './harness';

const dirs: string[] = [];
function workspace(files: Record<string, string>, marker = true): string {
  const dir = tempDir();
  dirs.push(dir);
  return writeTree(dir, files, marker);
}
afterEach(() => dirs.splice(0).forEach(cleanup));

/** Two warnings (dates) and one error (title). */
function warningsWorkspace(): Record<string, string> {
  return { ...mixedWorkspace(), 'docs/rfcs/RFC-0004-dates.md': rfcWithDateWarning('RFC-0004') };
}

describe('--max-warnings and --quiet', () => {
  it('--max-warnings N exits 1 above N warnings, and says so', async () => {
    const root = workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0003-a.md': rfcWithDateWarning('RFC-0003'), 'docs/rfcs/RFC-0004-b.md': rfcWithDateWarning('RFC-0004') });
    expect((await runCli(['check'], root)).code).toBe(0);
    expect((await runCli(['check', '--max-warnings', '2'], root)).code).toBe(0);
    const over = await runCli(['check', '--max-warnings', '1'], root);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('rfc-author: 2 warnings found; at most 1 allowed (--max-warnings).\n');
    expect((await runCli(['check', '--max-warnings=0'], root)).code).toBe(1);
  });

  it('--max-warnings needs a whole number', async () => {
    for (const bad of ['-1', 'x', '1.5']) {
      const r = await runCli(['check', `--max-warnings=${bad}`], workspace(mixedWorkspace()));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--max-warnings needs a whole number');
    }
  });

  it('--quiet shows errors only, while warnings still count for --max-warnings', async () => {
    const root = workspace(warningsWorkspace());
    const quiet = await runCli(['check', '--quiet', '--format', 'json'], root);
    expect((JSON.parse(quiet.stdout) as { findings: { severity: string }[] }).findings.map((f) => f.severity)).toEqual(['error']);
    const text = await runCli(['check', '-q'], root);
    expect(text.stdout).not.toContain('warning date-order');
    expect(text.stdout.trimEnd().split('\n').pop()).toBe('5 files checked, 1 error, 2 warnings, 0 infos; only errors shown (--quiet)');
    const counted = await runCli(['check', '--quiet', '--max-warnings', '1'], workspace({ ...DONE_TASK, 'docs/rfcs/RFC-0003-a.md': rfcWithDateWarning('RFC-0003'), 'docs/rfcs/RFC-0004-b.md': rfcWithDateWarning('RFC-0004') }));
    expect(counted.code).toBe(1);
  });
});

describe('--format github', () => {
  it('prints one workflow command per finding, with the file from the repository top and the rule as title', async () => {
    const root = workspace(warningsWorkspace());
    const r = await runCli(['check', '--format', 'github'], root);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=docs\/rfcs\/RFC-0002-dashed-title\.md,line=1,col=3,endLine=1,endColumn=\d+,title=title-format::Separate the id/);
    expect(lines.slice(1).every((l) => l.startsWith('::warning file=docs/rfcs/RFC-000') && l.includes(',line=6,col=17,endLine=6,endColumn=27,title=date-order::'))).toBe(true);
  });

  it('names files from the folder holding .git when .rfc-author.json sits deeper', async () => {
    const outer = workspace({
      'handbook/.rfc-author.json': '{}',
      'handbook/docs/rfcs/RFC-0002-dashed-title.md': rfcWithTitleError('RFC-0002'),
      'handbook/tasks/TASK-0001-first-step.md': DONE_TASK['tasks/TASK-0001-first-step.md'],
    });
    const r = await runCli(['check', '--format', 'github'], path.join(outer, 'handbook'));
    expect(r.stdout).toMatch(/^::error file=handbook\/docs\/rfcs\/RFC-0002-dashed-title\.md,/);
  });

  it('escapes what would end or split a command: % and line breaks in the message, and : , in properties', async () => {
    const { escapeData, escapeProperty } = await import('../../../server/src/cli/formatGithub');
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('docs/a:b,c%.md')).toBe('docs/a%3Ab%2Cc%25.md');
  });
});

describe('--output and colours', () => {
  it('--output FILE writes the report there (creating its folder) and nothing to stdout', async () => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(['check', '--format', 'sarif', '--output', 'reports/rfc.sarif'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(fs.readFileSync(path.join(root, 'reports/rfc.sarif'), 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
  });

  it('never colours a report written to a file, unless --color asks for it', async () => {
    const root = workspace(mixedWorkspace());
    await runCli(['check', '-o', 'out.txt'], root, { isTTY: true });
    expect(fs.readFileSync(path.join(root, 'out.txt'), 'utf8')).not.toContain('\x1b[');
    await runCli(['check', '-o', 'out.txt', '--color'], root, { isTTY: false });
    expect(fs.readFileSync(path.join(root, 'out.txt'), 'utf8')).toContain('\x1b[31merror\x1b[0m');
  });

  it.each([
    [{ isTTY: true }, [], true],
    [{ isTTY: false }, [], false],
    [{ isTTY: false }, ['--color'], true],
    [{ isTTY: true }, ['--no-color'], false],
    [{ isTTY: false, env: { FORCE_COLOR: '1' } }, [], true],
    [{ isTTY: false, env: { FORCE_COLOR: '' } }, [], true],
    [{ isTTY: true, env: { FORCE_COLOR: '0' } }, [], false],
    [{ isTTY: true, env: { NO_COLOR: '1' } }, [], false],
    [{ isTTY: false, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }, [], true],
    [{ isTTY: true, env: { FORCE_COLOR: '1' } }, ['--no-color'], false],
  ])('colours with %j and %j: %s', async (io, args, coloured) => {
    const r = await runCli(['check', ...args], workspace(mixedWorkspace()), io);
    expect(r.stdout.includes('\x1b[')).toBe(coloured);
  });

  it('refuses --color with --no-color', async () => {
    const r = await runCli(['check', '--color', '--no-color'], workspace(mixedWorkspace()));
    expect(r.code).toBe(2);
  });
});

describe('standard input', () => {
  it('`check -` checks the text on stdin as the file named by --stdin-filename, against the workspace', async () => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(['check', '-', '--stdin-filename', 'docs/rfcs/RFC-0009-new.md', '--format', 'json'], root, { stdin: rfcWithTitleError('RFC-0009') });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { filesChecked: number; findings: { file: string; rule: string }[] };
    expect(json.filesChecked).toBe(1);
    expect(json.findings.map((f) => [f.file, f.rule])).toEqual([['docs/rfcs/RFC-0009-new.md', 'title-format']]);
  });

  it('checks the buffer, not the file on disk', async () => {
    const root = workspace(mixedWorkspace());
    const r = await runCli(['check', '-', '--stdin-filename', 'docs/rfcs/RFC-0002-dashed-title.md'], root, { stdin: cleanRfc('RFC-0002', 'Dashed title') });
    expect(r).toEqual({ code: 0, stdout: '1 file checked, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
  });

  it.each([
    [['check', '-'], 'Checking standard input needs --stdin-filename PATH'],
    [['check', '-', 'docs'], '`-` (standard input) cannot be checked together with other PATHs.'],
    [['check', '--stdin-filename', 'x.md'], '--stdin-filename goes with the PATH `-` (standard input).'],
  ])('%j is a usage error', async (args, message) => {
    const r = await runCli(args, workspace(mixedWorkspace()), { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('exits 2 when the stdin file name is not an RFC', async () => {
    const r = await runCli(['check', '-', '--stdin-filename', 'notes/todo.md'], workspace(mixedWorkspace()), { stdin: '# notes' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('notes/todo.md is not an RFC');
  });
});

describe('several workspace roots', () => {
  it('checks each PATH with its own root and configuration, in one report', async () => {
    const a = workspace(mixedWorkspace());
    const b = workspace({ ...DONE_TASK, '.rfc-author.json': JSON.stringify({ rfcGlobs: ['design/RFC-*.md'], rules: { 'title-format': 'warning' } }), 'design/RFC-0007-dashed.md': rfcWithTitleError('RFC-0007') });
    const r = await runCli(['check', a, b, '--format', 'json'], path.dirname(a));
    const json = JSON.parse(r.stdout) as { root: string; roots: string[]; filesChecked: number; findings: { root: string; file: string; rule: string; severity: string }[] };
    expect(json.root).toBe(a);
    expect(json.roots).toEqual([a, b]);
    expect(json.filesChecked).toBe(6);
    expect(json.findings.map((f) => [f.root, f.file, f.severity])).toEqual([
      [a, 'docs/rfcs/RFC-0002-dashed-title.md', 'error'],
      [a, 'docs/rfcs/RFC-0003-dates-swapped.md', 'warning'],
      [b, 'design/RFC-0007-dashed.md', 'warning'],
    ]);
    const text = await runCli(['check', a, b], path.dirname(a));
    expect(text.stdout).toContain(`${path.basename(b)}/design/RFC-0007-dashed.md:1:3 warning title-format`);
    expect(text.stdout.trimEnd().endsWith('6 files checked, 1 error, 2 warnings, 0 infos')).toBe(true);
  });
});

describe('a run that checks nothing', () => {
  it('exits 2 and names the folder to run from when RFCs sit under a nested configuration', async () => {
    const root = workspace({
      'examples/.rfc-author.json': '{}',
      ...Object.fromEntries(Object.entries(mixedWorkspace()).map(([p, t]) => [`examples/${p}`, t])),
    });
    const r = await runCli(['check'], root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('0 files checked, 0 errors, 0 warnings, 0 infos\n');
    expect(r.stderr).toBe([
      'rfc-author: 3 files named RFC-*.md under examples/docs/rfcs match no `rfcGlobs` of the workspace root `.` (docs/rfcs/RFC-*.md), and 1 file named TASK-*.md under examples/tasks matches no `taskGlobs` (tasks/TASK-*.md); run from examples/ or set `rfcGlobs` (e.g. "examples/docs/rfcs/RFC-*.md") and `taskGlobs` (e.g. "examples/tasks/TASK-*.md").',
      'rfc-author: No file was checked.',
      '',
    ].join('\n'));
  });

  it('says when no file is even named like an RFC, a task or an ADR, naming the globs of all three', async () => {
    const r = await runCli(['check'], workspace({ 'README.md': '# hi' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'No file under . matches `rfcGlobs` (docs/rfcs/RFC-*.md), `taskGlobs` (tasks/TASK-*.md) or `adrGlobs` (docs/adr/[0-9]*.md) of the workspace root `.`, and none is named RFC-*.md or TASK-*.md; set `rfcGlobs`, `taskGlobs` or `adrGlobs` in .rfc-author.json to where the documents are.',
    );
  });

  it('never offers a numbered file as a misplaced ADR: the ADR name [0-9]*.md says nothing of a kind', async () => {
    const r = await runCli(['check'], workspace({ 'text/0001-hooks.md': '# Hooks\n', '.rfc-author.json': JSON.stringify({ rfcGlobs: ['rfcs/RFC-*.md'] }) }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No file under . matches');
    expect(r.stderr).not.toContain('adrGlobs` (e.g.');
  });

  it('names the globs of all three kinds when a file PATH or the stdin file name is none of them', async () => {
    const root = workspace({ ...mixedWorkspace(), 'notes/todo.md': '# To do\n' });
    const file = await runCli(['check', 'notes/todo.md'], root);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain(
      'rfc-author: notes/todo.md is not an RFC, task or ADR: it matches no `rfcGlobs` (docs/rfcs/RFC-*.md), `taskGlobs` (tasks/TASK-*.md) or `adrGlobs` (docs/adr/[0-9]*.md) of the workspace root; not checked.',
    );
    const stdin = await runCli(['check', '-', '--stdin-filename', 'notes/todo.md'], root, { stdin: '# To do\n' });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('notes/todo.md is not an RFC, task or ADR: it matches no `rfcGlobs` (docs/rfcs/RFC-*.md), `taskGlobs`');
  });

  it('says that a file is ignored when it matches `ignore`, not that it matches no glob', async () => {
    const root = workspace({ ...mixedWorkspace(), '.rfc-author.json': JSON.stringify({ ignore: ['docs/rfcs/RFC-0003-*.md'] }) });
    const r = await runCli(['check', 'docs/rfcs/RFC-0003-dates-swapped.md'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('docs/rfcs/RFC-0003-dates-swapped.md is ignored: it matches `ignore` (docs/rfcs/RFC-0003-*.md); not checked.');
  });
});

describe('usage errors', () => {
  it.each([
    [['check', '--colour'], 'Unknown option --colour of "check"; did you mean --color?'],
    [['chek'], 'Unknown command "chek"; did you mean "check"?'],
    [[], 'No command given; the commands are check, index, init and lsp.'],
    [['check', '--format'], 'Option --format needs a value (FORMAT).'],
    [['check', '--fix=yes'], 'Option --fix takes no value.'],
    [['--max-warnings', '3', 'check'], 'Option --max-warnings belongs to a command; write it after "check".'],
  ])('%j is one line, then a pointer to --help', async (args, message) => {
    const r = await runCli(args, workspace(mixedWorkspace()));
    expect(r).toEqual({ code: 2, stdout: '', stderr: `rfc-author: ${message}\nRun \`rfc-author --help\` for usage.\n` });
  });
});
