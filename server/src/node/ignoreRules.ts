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
  private constructor(
    private readonly matcher: Ignore,
    readonly empty: boolean,
    private readonly names: NameFilter = NameFilter.NONE,
  ) {}

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
    return new IgnoreRules(ignore({ ignorecase: false }).add(this.matcher).add(patterns), false, this.names.with(patterns));
  }

  /**
   * The same rules with an empty cache. The matcher remembers every path it was asked about; the
   * walk asks with a fresh copy per folder, so those memories die young instead of growing one
   * table of every path in the repository.
   */
  fresh(): IgnoreRules {
    return this.empty ? this : new IgnoreRules(ignore({ ignorecase: false }).add(this.matcher), false, this.names);
  }

  /**
   * Whether any rule could exclude an entry named `name` (a folder with `directory`) whose folder is
   * not excluded: false is certain, true means "ask `ignores`". Most names of a repository meet no
   * rule at all, and this answers them from the rules' last segments without the matcher.
   */
  mayIgnore(name: string, directory = false): boolean {
    return !this.empty && this.names.admits(name, directory);
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

/**
 * What the excluding (not negated) patterns of a rule set say of the last segment of a path they
 * match, as a quick "could this name be excluded?". Git decides a path by the last pattern that
 * matches it, so a path no excluding pattern matches is kept, whatever the negations say; and a
 * pattern's last segment is matched against the path's last segment (with a trailing `/` only
 * against folders). A last segment of plain characters and `*` (`build`, `*.log`, `tmp*.txt`) is
 * answered here; any other (`?`, `[…]`, escapes, a lone `*` or `**`) sends every name to the matcher.
 */
class NameFilter {
  static readonly NONE = new NameFilter(new Set(), [], false, new Set(), [], false);

  private constructor(
    private readonly exact: ReadonlySet<string>,
    /** Last segments with stars, as the plain parts between them (`tmp*.txt` → `tmp`, `.txt`). */
    private readonly starred: readonly (readonly string[])[],
    /** A pattern that may match any file name. */
    private readonly anyFile: boolean,
    /** The same for patterns that match only folders (a trailing `/`), on top of the above. */
    private readonly dirExact: ReadonlySet<string>,
    private readonly dirStarred: readonly (readonly string[])[],
    private readonly anyDir: boolean,
  ) {}

  with(patterns: readonly string[]): NameFilter {
    const exact = new Set(this.exact);
    const starred = [...this.starred];
    const dirExact = new Set(this.dirExact);
    const dirStarred = [...this.dirStarred];
    let anyFile = this.anyFile;
    let anyDir = this.anyDir;
    for (const pattern of patterns) {
      if (pattern.startsWith('!')) continue;
      const dirOnly = pattern.endsWith('/');
      const body = dirOnly ? pattern.slice(0, -1) : pattern;
      const last = body.slice(body.lastIndexOf('/') + 1);
      if (last.replace(/\*/g, '') === '' || /[?[\\]/.test(last)) {
        if (dirOnly) anyDir = true;
        else anyFile = true;
      } else if (!last.includes('*')) (dirOnly ? dirExact : exact).add(last);
      else (dirOnly ? dirStarred : starred).push(last.split(/\*+/));
    }
    return new NameFilter(exact, starred, anyFile, dirExact, dirStarred, anyDir);
  }

  admits(name: string, directory: boolean): boolean {
    if (this.anyFile || this.exact.has(name) || this.starred.some((parts) => fits(name, parts))) return true;
    return directory && (this.anyDir || this.dirExact.has(name) || this.dirStarred.some((parts) => fits(name, parts)));
  }
}

/** Whether `name` is the parts in order with anything between them (`tmp*.txt`: starts `tmp`, ends `.txt`). */
function fits(name: string, parts: readonly string[]): boolean {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (name.length < first.length + last.length || !name.startsWith(first) || !name.endsWith(last)) return false;
  let at = first.length;
  const end = name.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = name.indexOf(parts[i], at);
    if (found < 0 || found + parts[i].length > end) return false;
    at = found + parts[i].length;
  }
  return true;
}
