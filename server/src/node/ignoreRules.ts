import type { Ignore } from 'ignore';
import ignore from 'ignore';

/**
 * The `.gitignore` rules in force in one folder: its own file's patterns over those of every folder
 * above it (and `.git/info/exclude` under all of them), as git applies them. Matching is the `ignore`
 * package's, which follows `git check-ignore` (and is tested against git).
 *
 * Why one combined matcher per folder rather than one per file: git decides a path with the
 * patterns of the deepest `.gitignore` that has an opinion, and decides a folder before anything in
 * it. Each folder's patterns are rewritten relative to the root (`*.log` in `a/` becomes
 * `a/**\/*.log`, `/x` becomes `a/x`) and added after its parent's, so "the last matching pattern
 * wins" gives the deeper file precedence, and a folder is judged with every rule that applies to it.
 * A folder without a `.gitignore` shares its parent's matcher.
 */
export class IgnoreRules {
  private constructor(private readonly matcher: Ignore, readonly empty: boolean) {}

  /** No rules at all. */
  static none(): IgnoreRules {
    return new IgnoreRules(ignore({ ignorecase: false }), true);
  }

  /**
   * These rules plus the patterns of an ignore file in folder `dir` (workspace-relative, `''` for
   * the root). Case-sensitive, as git is by default on Linux.
   */
  withFile(dir: string, text: string): IgnoreRules {
    const patterns = scopedPatterns(text, dir);
    if (patterns.length === 0) return this;
    return new IgnoreRules(ignore({ ignorecase: false }).add(this.matcher).add(patterns), false);
  }

  /**
   * The same rules with an empty cache. The matcher remembers every path it was asked about; the
   * walk asks with a fresh copy per folder, so those memories die young instead of growing one
   * table of every path in the repository.
   */
  fresh(): IgnoreRules {
    return this.empty ? this : new IgnoreRules(ignore({ ignorecase: false }).add(this.matcher), false);
  }

  /** Whether a file (or, with `directory`, a folder) at workspace-relative `path` is ignored. */
  ignores(path: string, directory = false): boolean {
    return !this.empty && this.matcher.ignores(directory ? `${path}/` : path);
  }
}

/**
 * The patterns of one ignore file, rewritten relative to the root. Blank lines and comments are
 * dropped, unescaped trailing spaces trimmed. A pattern with a `/` at its start or in its middle is
 * anchored to the file's folder; one without matches at any depth below it.
 */
export function scopedPatterns(text: string, dir: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n|\r/)) {
    let line = raw.replace(/(?<!\\)( +)$/, '');
    if (line === '' || line.startsWith('#')) continue;
    let negated = '';
    if (line.startsWith('!')) {
      negated = '!';
      line = line.slice(1);
    }
    if (line === '') continue;
    if (dir === '') {
      out.push(negated + line);
      continue;
    }
    const anchored = line.slice(0, -1).includes('/');
    out.push(negated + (anchored ? `${dir}/${line.replace(/^\//, '')}` : `${dir}/**/${line}`));
  }
  return out;
}
