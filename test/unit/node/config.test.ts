import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { findWorkspaceRoot, loadConfig } from '../../../server/src/node/config';
import { cleanup, tempDir, writeTree } from '../cli/harness';

const dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const dir = tempDir('rfc-author-config-');
  dirs.push(dir);
  return writeTree(dir, files, false);
}
afterEach(() => dirs.splice(0).forEach(cleanup));

describe('findWorkspaceRoot', () => {
  it('returns the nearest folder at or above the path that holds .rfc-author.json', () => {
    const root = tree({ 'repo/.rfc-author.json': '{}', 'repo/docs/rfcs/RFC-0001-a.md': 'a' });
    fs.mkdirSync(path.join(root, '.git'));
    expect(findWorkspaceRoot(path.join(root, 'repo/docs/rfcs'))).toBe(path.join(root, 'repo'));
    expect(findWorkspaceRoot(path.join(root, 'repo'))).toBe(path.join(root, 'repo'));
  });

  it('stops at a folder holding .git, and starts from the folder of a file', () => {
    const root = tree({ 'docs/rfcs/RFC-0001-a.md': 'a' });
    fs.mkdirSync(path.join(root, '.git'));
    expect(findWorkspaceRoot(path.join(root, 'docs/rfcs/RFC-0001-a.md'))).toBe(root);
  });

  it('falls back to the start folder when no folder above it is marked', () => {
    const root = tree({ 'docs/rfcs/RFC-0001-a.md': 'a' });
    expect(findWorkspaceRoot(path.join(root, 'docs'))).toBe(path.join(root, 'docs'));
    expect(findWorkspaceRoot(path.join(root, 'docs/rfcs/RFC-0001-a.md'))).toBe(path.join(root, 'docs/rfcs'));
  });
});

describe('loadConfig', () => {
  it('uses the defaults without problems when the root has no configuration file', async () => {
    const root = tree({});
    expect(await loadConfig(root)).toEqual({ config: DEFAULT_CONFIG, problems: [] });
  });

  it('applies the root configuration file and says which file it read', async () => {
    const root = tree({ '.rfc-author.json': JSON.stringify({ rfcGlobs: ['rfcs/*.md'], rules: { mojibake: 'off' } }) });
    const loaded = await loadConfig(root);
    expect(loaded.problems).toEqual([]);
    expect(loaded.file).toBe(path.join(root, '.rfc-author.json'));
    expect(loaded.config.rfcGlobs).toEqual(['rfcs/*.md']);
    expect(loaded.config.rules).toEqual({ mojibake: 'off' });
  });

  it('reports each invalid key by name and keeps the defaults for it', async () => {
    const root = tree({ '.rfc-author.json': JSON.stringify({ taskGlobs: 'tasks/*.md', rules: { 'not-a-rule': 'error' } }) });
    const { config, problems } = await loadConfig(root);
    expect(problems.map((p) => p.key)).toEqual(['taskGlobs', 'rules.not-a-rule']);
    expect(config.taskGlobs).toEqual(DEFAULT_CONFIG.taskGlobs);
  });

  it('reports a file that is not JSON, and an explicit file that cannot be read', async () => {
    const root = tree({ '.rfc-author.json': '{ oops' });
    expect((await loadConfig(root)).problems.map((p) => p.key)).toEqual(['(file)']);
    const missing = await loadConfig(root, path.join(root, 'other.json'));
    expect(missing.config).toBe(DEFAULT_CONFIG);
    expect(missing.problems).toEqual([{ key: '(file)', message: expect.stringContaining('ENOENT') as unknown }]);
  });

  it('reads an explicit file instead of the root configuration', async () => {
    const root = tree({ '.rfc-author.json': JSON.stringify({ statuses: ['A'] }), 'ci.json': JSON.stringify({ statuses: ['B'] }) });
    expect((await loadConfig(root, path.join(root, 'ci.json'))).config.statuses).toEqual(['B']);
  });
});
