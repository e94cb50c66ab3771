import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';

const rule = 'proof-absolute-path';
const withProof = (commands: string) => cleanRfc().replace('cargo test -p sample', commands);
const slice = (text: string, r: { start: { line: number; character: number }; end: { character: number } }) => text.split('\n')[r.start.line].slice(r.start.character, r.end.character);

describe('proof-absolute-path', () => {
  it('accepts commands run from the repository root', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
  });

  it('reports `cd /home/<user>/… &&` on the path and offers the line without the cd', async () => {
    const text = withProof('cd /home/alice/src/sample && cargo test -p sample');
    const f = await check(text, rule);
    expect(f).toHaveLength(1);
    expect(slice(text, f[0].range)).toBe('/home/alice/src/sample');
    expect(f[0].message).toBe('The proof command starts in "/home/alice/src/sample", a directory of one machine; drop the `cd` and run it from the repository root.');
    expect(f[0].data).toEqual({ path: '/home/alice/src/sample', replacement: 'cargo test -p sample' });
  });

  it('keeps a shell prompt and indentation in the replacement and accepts a quoted path', async () => {
    const f = await check(withProof('  $ cd "/Users/bob/work/repo" && just test'), rule);
    expect(f.map((x) => x.data)).toEqual([{ path: '/Users/bob/work/repo', replacement: '  $ just test' }]);
  });

  it('reports home paths elsewhere in a command without a replacement', async () => {
    const text = withProof('cargo run -- --config /root/.config/sample.toml\npython C:\\Users\\carol\\tools\\gen.py');
    const f = await check(text, rule);
    expect(f.map((x) => x.data)).toEqual([{ path: '/root/.config/sample.toml' }, { path: 'C:\\Users\\carol\\tools\\gen.py' }]);
    expect(f[0].message).toContain('use a path relative to the repository root');
  });

  it('does not flag system paths that are the same on every machine', async () => {
    const text = withProof('#!/usr/bin/env bash\ncargo test > /dev/null 2>&1\ncp out.log /tmp/x\ngrep sample /etc/hosts\nls /srv/home/shared ~/cache $HOME/.cargo');
    expect(await check(text, rule)).toEqual([]);
  });

  it('looks only at code blocks of the proof section', async () => {
    const text = cleanRfc().replace('The contract is a function.', '```sh\ncd /home/alice/sample && make\n```');
    expect(await check(text, rule)).toEqual([]);
  });

  it('finds the path in an indented proof block', async () => {
    const text = cleanRfc().replace('```bash\ncargo test -p sample\n```', 'Run:\n\n    cd /home/dave/x && cargo test');
    const f = await check(text, rule);
    expect(f.map((x) => x.data)).toEqual([{ path: '/home/dave/x', replacement: '    cargo test' }]);
  });
});
