import { ESLint } from 'eslint';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRfcService } from '../../server/src/core/index';
import { NodeHost } from '../../server/src/node/nodeHost';
import { cleanup, tempDir, writeTree } from './cli/harness';
import { FILES } from './features/fixtures';
import { cleanRfc, MemoryHost, TODAY } from './helpers';

const REPO = path.resolve(__dirname, '../..');
const RFC = 'docs/rfcs/RFC-0001-sample.md';

/** Ways a document can point out of the repository. */
const OUTSIDE = ['../../../etc/passwd', '../../../../secret.md', '/etc/rfcs/RFC-0002-x.md', '/home/me/.ssh/id_rsa', '~/notes.md', '/Users/me/RFC-0003.md', '\\\\server\\share\\x.md', '../../..'];
/** Paths that are not references to documents at all (prose with slashes, a URL scheme): never read either. */
const NOT_DOCUMENTS = ['/etc/passwd', 'C:\\Windows\\win.ini'];

const rfcPointingOut = cleanRfc('RFC-0001', 'Sample design', {
  links: [...OUTSIDE, ...NOT_DOCUMENTS].map((p, i) => (i % 2 === 0 ? `  - Tasks: \`${p}\`` : `  - Related RFCs: [secret](${p})`)).join('\n'),
});

/** A workspace host that records every path the core asks to read or probe. */
class RecordingHost extends MemoryHost {
  readonly asked: string[] = [];

  override readFile(p: string): Promise<string | undefined> {
    this.asked.push(p);
    return super.readFile(p);
  }

  override probe(p: string): 'file' | 'directory' | undefined {
    this.asked.push(p);
    return super.probe(p);
  }
}

function leavesRoot(p: string): boolean {
  return p.startsWith('/') || p.startsWith('~') || /^[A-Za-z]:/.test(p) || p.includes('\\') || p.split('/').includes('..');
}

describe('references that leave the workspace', () => {
  it('are reported as outside and never read, probed, linked, hovered or followed', async () => {
    const host = new RecordingHost(new Map(Object.entries({ ...FILES, [RFC]: rfcPointingOut })));
    const service = await createRfcService({ host, today: () => TODAY });
    await service.indexWorkspace();
    const doc = { path: RFC, text: rfcPointingOut, version: 1 };
    const outside = (await service.computeDiagnostics(doc)).filter((f) => f.rule === 'broken-link' && (f.data as { outside?: boolean }).outside);
    expect(outside.map((f) => (f.data as { path: string }).path).sort()).toEqual([...OUTSIDE].sort());
    expect(service.getDocumentLinks(doc).filter((l) => outside.some((f) => f.range.start.line === l.range.start.line))).toEqual([]);
    for (const f of outside) {
      for (const position of [f.range.start, f.range.end]) {
        expect(service.getDefinition(doc, position)).toEqual([]);
        expect(service.getHover(doc, position)).toBeUndefined();
        service.getCompletions(doc, position);
      }
      expect(service.getCodeActions(doc, f.range, { diagnostics: [{ range: f.range, code: f.rule, data: f.data, message: f.message }] })).toEqual([]);
    }
    expect(host.asked.filter(leavesRoot)).toEqual([]);
  });

  it('never reveal a real file beside the repository through NodeHost', async () => {
    const parent = tempDir('rfc-author-security-');
    const root = path.join(parent, 'repo');
    fs.writeFileSync(path.join(parent, 'secret.md'), '# ADR-0099: Secret\n\nThe password is hunter2.\n');
    writeTree(root, { ...FILES, [RFC]: cleanRfc('RFC-0001', 'Sample design', { links: '  - Tasks: `../../../secret.md`' }) });
    fs.symlinkSync(path.join(parent, 'secret.md'), path.join(root, 'docs/rfcs/RFC-0002-linked-secret.md'));
    try {
      const host = new NodeHost(root);
      expect(await host.readFile('../secret.md')).toBeUndefined();
      expect(await host.readFile('docs/rfcs/RFC-0002-linked-secret.md')).toBeUndefined();
      expect(host.probe('../secret.md')).toBeUndefined();
      const service = await createRfcService({ host, rootUri: `file://${root}`, today: () => TODAY });
      await service.indexWorkspace();
      const text = (await host.readFile(RFC)) ?? '';
      const doc = { path: RFC, text, version: 1 };
      const line = text.split('\n').findIndex((l) => l.includes('secret.md'));
      const position = { line, character: text.split('\n')[line].indexOf('secret') };
      expect(JSON.stringify([service.getHover(doc, position), service.getDefinition(doc, position), service.getCompletions(doc, position)])).not.toMatch(/hunter2|Secret/);
      expect(service.documentPaths('rfc')).not.toContain('docs/rfcs/RFC-0002-linked-secret.md');
    } finally {
      cleanup(parent);
    }
  });
});

/** Source files of the programs that run in the editor's and CI's process: server, CLI, core, shared protocol. */
function productSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mts|js|mjs)$/.test(e.name)) out.push(p);
    }
  };
  for (const dir of ['server/src', 'shared']) walk(path.join(REPO, dir));
  return out;
}

describe('the server and the CLI never execute anything', () => {
  it('have no child processes, eval or Function constructor anywhere in their sources', () => {
    const sources = productSources();
    expect(sources.length).toBeGreaterThan(50);
    const offending = sources.filter((f) => /child_process|\beval\s*\(|new\s+Function\s*\(|\bnode:vm\b|from\s+'vm'/.test(fs.readFileSync(f, 'utf8')));
    expect(offending.map((f) => path.relative(REPO, f))).toEqual([]);
  });

  it("never call the helpers of vscode-languageserver that spawn npm or yarn (the only child_process code in the server bundle)", () => {
    const callers = productSources().filter((f) => /\bFiles\.|resolveGlobalNodePath|resolveGlobalYarnPath|resolveModulePath/.test(fs.readFileSync(f, 'utf8')));
    expect(callers.map((f) => path.relative(REPO, f))).toEqual([]);
  });

  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: REPO });
  });
  afterAll(() => undefined);

  it('are held to it by ESLint: importing or requiring child_process under server/src is an error, and so is eval', async () => {
    const [result] = await eslint.lintText(
      "import { spawn } from 'node:child_process';\nconst cp = require('child_process');\neval('1');\nexport const x = [spawn, cp];\n",
      { filePath: path.join(REPO, 'server/src/features/hover.ts') },
    );
    const rules = result.messages.map((m) => m.ruleId);
    expect(rules.filter((r) => r === 'no-restricted-syntax')).toHaveLength(2);
    expect(rules).toContain('no-eval');
  }, 60_000);
});
