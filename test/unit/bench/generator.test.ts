import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RefForm } from '../../../bench/gen/links';
import { MANIFEST_FILE, ensureWorkspace, generateInMemory } from '../../../bench/gen/workspace';
import { findingsOf, workspace } from '../helpers';

const KB = 1024;
const ALL_FORMS: readonly RefForm[] = ['path', 'barePath', 'mdlink', 'bare', 'nbHyphen', 'abbrev', 'glob', 'idOnly', 'lineSuffix', 'anchor', 'range', 'list'];
/** The only broken paths the generator writes: a stale slug or a missing file, named like this. */
const PLANTED_BROKEN_PATH = /(?:tasks|docs\/rfcs|docs\/adr)\/[^\s`)]*-(?:draft|old-name|wip|initial-notes|v1)\.md/g;

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

describe('the benchmark workspace generator', () => {
  it('produces identical files for the same seed and different files for another seed', () => {
    const a = generateInMemory(6, 7).files;
    const b = generateInMemory(6, 7).files;
    const c = generateInMemory(6, 8).files;
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect([...a.values()].join('')).not.toEqual([...c.values()].join(''));
  });

  it('writes N RFCs, four tasks per RFC and half as many ADRs, in the folders of the default configuration', () => {
    const { files } = generateInMemory(10, 1);
    const paths = [...files.keys()];
    expect(paths.filter((p) => /^docs\/rfcs\/RFC-\d{4}-[a-z0-9-]+\.md$/.test(p))).toHaveLength(10);
    expect(paths.filter((p) => /^tasks\/TASK-\d{4}-[a-z0-9-]+\.md$/.test(p))).toHaveLength(40);
    expect(paths.filter((p) => /^docs\/adr\/\d{4}-[a-z0-9-]+\.md$/.test(p))).toHaveLength(5);
  });

  it('sizes RFCs like a real repository, between 4 and 64 KB, with one large RFC of about 60 KB', () => {
    const { files, largeRfc } = generateInMemory(30, 1);
    const rfcSizes = [...files].filter(([p]) => p.startsWith('docs/rfcs/')).map(([, t]) => Buffer.byteLength(t));
    expect(Math.min(...rfcSizes)).toBeGreaterThanOrEqual(4 * KB);
    expect(Math.max(...rfcSizes)).toBeLessThanOrEqual(64 * KB);
    expect(Buffer.byteLength(files.get(largeRfc) ?? '')).toBeGreaterThanOrEqual(60 * KB);
    const taskSizes = [...files].filter(([p]) => p.startsWith('tasks/')).map(([, t]) => Buffer.byteLength(t)).sort((x, y) => x - y);
    expect(taskSizes[Math.floor(taskSizes.length / 2)]).toBeGreaterThan(6 * KB);
    expect(taskSizes[Math.floor(taskSizes.length / 2)]).toBeLessThan(11 * KB);
  });

  it('follows the built-in template: every RFC has its title line, header fields and sections in order', () => {
    const { files } = generateInMemory(5, 3);
    const template = fs.readFileSync(path.join(__dirname, '../../../templates/rfc.md'), 'utf8');
    const sections = template.split('\n').filter((l) => l.startsWith('## '));
    for (const [p, text] of files) {
      if (!p.startsWith('docs/rfcs/')) continue;
      expect(text).toMatch(/^# RFC-\d{4}: \S/);
      expect(text.split('\n').filter((l) => l.startsWith('## '))).toEqual(sections);
    }
  });

  it('writes task front matter the way real repositories do, including forms that are not valid YAML', () => {
    const tasks = [...generateInMemory(25, 1).files].filter(([p]) => p.startsWith('tasks/')).map(([, t]) => t);
    expect(tasks.every((t) => t.startsWith('---\ntitle: '))).toBe(true);
    expect(tasks.some((t) => /^owner: @\w/m.test(t))).toBe(true);
    expect(tasks.some((t) => /^title: [^"\n]*: /m.test(t))).toBe(true);
    expect(tasks.some((t) => /^depends-on: \[TASK-\d{4}/m.test(t))).toBe(true);
    expect(tasks.some((t) => /^links:\n {2}- RFC-\d{4}\n {2}- docs\/rfcs\//m.test(t))).toBe(true);
    expect(tasks.some((t) => /^status: (done|in-progress|todo)$/m.test(t))).toBe(true);
    expect(tasks.some((t) => !/^status:/m.test(t) && /^- Status: /m.test(t))).toBe(true);
  });

  it('plants every loose reference form and about five per cent broken mentions', () => {
    const { refs } = generateInMemory(20, 1);
    for (const form of ALL_FORMS) expect(refs.forms[form] ?? 0, form).toBeGreaterThan(0);
    const mentions = Object.values(refs.forms).reduce((s, n) => s + n, 0);
    const broken = Object.values(refs.broken).reduce((s, n) => s + n, 0);
    expect(broken / (mentions + broken)).toBeGreaterThan(0.03);
    expect(broken / (mentions + broken)).toBeLessThan(0.07);
  });

  it('reuses a cached workspace on disk and regenerates it when another generator version wrote it', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-bench-'));
    temps.push(out);
    const dir = path.join(out, 'ws');
    const first = ensureWorkspace({ rfcs: 2, seed: 1, out: dir });
    expect(first.generated).toBe(true);
    expect(fs.existsSync(path.join(dir, '.rfc-author.json'))).toBe(true);
    expect(first.manifest.files).toBe(2 + 8 + 1);
    expect(ensureWorkspace({ rfcs: 2, seed: 1, out: dir }).generated).toBe(false);
    const manifestPath = path.join(dir, MANIFEST_FILE);
    fs.writeFileSync(manifestPath, JSON.stringify({ ...first.manifest, generator: 'an-older-generator' }));
    expect(ensureWorkspace({ rfcs: 2, seed: 1, out: dir }).generated).toBe(true);
    expect(fs.readdirSync(out)).toEqual(['ws']);
  });
});

describe('the generated workspace as input to the rules', () => {
  it('gets broken-link findings for exactly the broken paths it planted, never for the loose forms that resolve', async () => {
    const { files } = generateInMemory(10, 2);
    const ws = await workspace(Object.fromEntries(files));
    let planted = 0;
    let reported = 0;
    for (const [p, text] of files) {
      if (!p.startsWith('docs/rfcs/')) continue;
      planted += text.match(PLANTED_BROKEN_PATH)?.length ?? 0;
      const findings = await findingsOf(ws, p, 'broken-link');
      for (const f of findings) expect(String(f.data?.path)).toMatch(/-(?:draft|old-name|wip|initial-notes|v1)\.md$/);
      reported += findings.length;
    }
    expect(planted).toBeGreaterThan(0);
    expect(reported).toBe(planted);
  });
});
