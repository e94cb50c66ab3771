import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, RfcService } from '../../../server/src/core/index';
import { createRfcService } from '../../../server/src/core/index';
import { loadConfig } from '../../../server/src/node/config';
import { MemoryHost, TODAY } from '../helpers';

const REPO = path.resolve(__dirname, '../../..');

/** Every file under `dir`, by workspace path. */
function readTree(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [p, t] of readTree(path.join(dir, entry.name), rel)) out.set(p, t);
    else out.set(rel, fs.readFileSync(path.join(dir, entry.name), 'utf8'));
  }
  return out;
}

async function serviceOver(files: Map<string, string>, folder: string): Promise<RfcService> {
  const { config } = await loadConfig(path.join(REPO, folder), undefined);
  const service = await createRfcService({ host: new MemoryHost(files), config, today: () => TODAY });
  await service.indexWorkspace();
  return service;
}

/** Findings per `file rule`, over every RFC, task and ADR. */
async function counts(service: RfcService, files: Map<string, string>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const p of await service.listCheckableDocuments()) {
    const findings: Finding[] = await service.computeDiagnostics({ path: p, text: files.get(p) ?? '', version: 1 });
    for (const f of findings) out.set(`${p} ${f.rule}`, (out.get(`${p} ${f.rule}`) ?? 0) + 1);
  }
  return out;
}

/** Fix all over a copy of a workspace: the fixed copy, and the fixes made per file. */
async function fixWorkspace(files: Map<string, string>, folder: string): Promise<{ fixed: Map<string, string>; fixes: Map<string, string[]> }> {
  const service = await serviceOver(files, folder);
  const fixed = new Map(files);
  const fixes = new Map<string, string[]>();
  for (const p of await service.listCheckableDocuments()) {
    const r = await service.getFixAll({ path: p, text: files.get(p) ?? '', version: 1 });
    if (r.fixes.length === 0) continue;
    fixed.set(p, r.text);
    fixes.set(p, r.fixes.map((f) => f.rule));
  }
  return { fixed, fixes };
}

describe('fix all over a copy of examples/', () => {
  it('makes the unambiguous fixes planted there, adds no finding in any file, and a second run changes no byte', async () => {
    const files = readTree(path.join(REPO, 'examples'));
    const { fixed, fixes } = await fixWorkspace(files, 'examples');
    expect(Object.fromEntries(fixes)).toEqual({
      'docs/rfcs/RFC-0002-scheduler-time-slices.md': ['title-format', 'proof-absolute-path'],
      'docs/rfcs/RFC-0003-boot-log-encoding.md': ['mojibake', 'mojibake'],
      'docs/rfcs/RFC-0004-page-allocator.md': ['broken-link'],
      'docs/rfcs/RFC-0006-vfs-mount-table.md': ['id-mismatch'],
    });
    const before = await counts(await serviceOver(files, 'examples'), files);
    const after = await counts(await serviceOver(fixed, 'examples'), fixed);
    const added = [...after].filter(([k, n]) => n > (before.get(k) ?? 0)).map(([k]) => k);
    expect(added).toEqual([]);
    const removed = [...before].reduce((sum, [k, n]) => sum + n - (after.get(k) ?? 0), 0);
    expect(removed).toBe([...fixes.values()].flat().length);
    const second = await fixWorkspace(fixed, 'examples');
    expect(second.fixes.size).toBe(0);
    expect([...second.fixed].every(([p, t]) => fixed.get(p) === t)).toBe(true);
  });

  it('changes nothing in examples/custom-template, whose planted mistakes all need the author', async () => {
    const files = readTree(path.join(REPO, 'examples/custom-template'));
    expect((await fixWorkspace(files, 'examples/custom-template')).fixes.size).toBe(0);
  });
});
