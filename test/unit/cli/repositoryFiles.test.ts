import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git } from '../node/gitRepo';
import { cleanRfc, DONE_TASK } from './fixtures';
import { cleanup, runCli, tempDir, writeTree } from './harness';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => {
  cleanup(d);
  cleanup(`${d}.home`);
}));

function repository(): string {
  const root = tempDir();
  dirs.push(root);
  writeTree(root, { ...DONE_TASK, 'docs/rfcs/RFC-0001-clean.md': cleanRfc(), 'src/main.rs': 'fn main() {}\n' }, false);
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  return root;
}

describe('rfc-author check builds the repository file list once per run', () => {
  it('reads the git index quietly when it is sound', async () => {
    const r = await runCli(['check'], repository());
    expect(r).toEqual({ code: 0, stdout: '2 files checked, 0 errors, 0 warnings, 0 infos\n', stderr: '' });
  });

  it('says once that a damaged git index is not used, walks the tree instead, and checks as usual', async () => {
    const root = repository();
    const index = path.join(root, '.git', 'index');
    const bytes = fs.readFileSync(index);
    bytes.writeUInt32BE(bytes.readUInt32BE(8) + 1, 8);
    fs.writeFileSync(index, bytes);
    const r = await runCli(['check'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('2 files checked, 0 errors, 0 warnings, 0 infos\n');
    expect(r.stderr.match(/index cannot be used \(entry \d+ runs past the end of the index\)/g)).toHaveLength(1);
  });
});
