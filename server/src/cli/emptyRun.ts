import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch/posix';
import { CONFIG_FILE } from '../node/config';
import type { EmptyTarget, WorkspaceRun } from './workspaceRun';
import { isCheckable } from './workspaceRun';

/** How many entries the search for misplaced documents looks at before it gives up: it only explains. */
const WALK_LIMIT = 50_000;

/** The kinds the rules check, each with the configuration key of its globs. */
const KINDS = [
  { kind: 'rfc', key: 'rfcGlobs' },
  { kind: 'task', key: 'taskGlobs' },
  { kind: 'adr', key: 'adrGlobs' },
] as const;

type KindKey = (typeof KINDS)[number];

/** The misplaced files of one kind: named as its globs name files, but no document of the root. */
interface Misplaced {
  readonly kind: KindKey;
  readonly globs: readonly string[];
  readonly names: readonly string[];
  /** The names looked for: a name that says nothing of a file's kind is not (see `findNamed`). */
  readonly searched: readonly string[];
  readonly files: string[];
}

/**
 * Why a PATH selected no RFC, task or ADR, in one line that says what to do. The usual cause is a
 * workspace root that is not the one the documents were laid out for: run from the repository's
 * top, `examples/docs/rfcs` does not match `docs/rfcs/RFC-*.md`. So the files named like documents
 * under the PATH are counted, by kind, and the line names the folder to run from (one that holds
 * its own `.rfc-author.json`) and the glob that would match them from here.
 */
export function explainEmptyTarget(run: WorkspaceRun, empty: EmptyTarget, cwd: string): string {
  if (empty.reason) return empty.reason;
  const rootShown = `\`${shown(cwd, run.root)}\``;
  const kinds = KINDS.map((kind) => {
    const globs = run.config[kind.key];
    const names = [...new Set(globs.map((g) => g.split('/').pop() ?? g))];
    return { kind, globs, names, searched: kind.kind === 'rfc' ? names : names.filter(isDistinctive), files: [] as string[] };
  });
  findNamed(empty.target.abs, kinds, run);
  const found = kinds.filter((k) => k.files.length > 0);
  if (found.length === 0) {
    const globs = kinds.map((k) => `\`${k.kind.key}\` (${k.globs.join(', ')})`);
    const names = [...new Set(kinds.flatMap((k) => k.searched))];
    const named = names.length > 0 ? `, and none is named ${either(names)}` : '';
    return `No file under ${shown(cwd, empty.target.abs)} matches ${either(globs)} of the workspace root ${rootShown}${named}; set \`rfcGlobs\`, \`taskGlobs\` or \`adrGlobs\` in ${CONFIG_FILE} to where the documents are.`;
  }
  const clauses = found.map((k, i) => {
    const folders = [...new Set(k.files.map((f) => path.dirname(f)))];
    const listed = folders.slice(0, 3).map((f) => shown(cwd, f)).join(', ') + (folders.length > 3 ? ` and ${folders.length - 3} more folders` : '');
    const n = k.files.length;
    const of = i === 0 ? ` of the workspace root ${rootShown}` : '';
    return `${n} file${n === 1 ? '' : 's'} named ${k.searched.join(' or ')} under ${listed} match${n === 1 ? 'es' : ''} no \`${k.kind.key}\`${of} (${k.globs.join(', ')})`;
  });
  const first = found[0].files[0];
  const from = configuredAncestor(path.dirname(first), run.root);
  const examples = found.map((k) => `\`${k.kind.key}\` (e.g. "${exampleGlob(run, k)}")`);
  return `${clauses.join(', and ')}; ${from ? `run from ${shown(cwd, from)}/ or ` : ''}set ${examples.join(' and ')}.`;
}

/** The glob that would match the first misplaced file of a kind from the workspace root. */
function exampleGlob(run: WorkspaceRun, k: Misplaced): string {
  const file = k.files[0];
  const name = k.searched.find((n) => picomatch(n)(path.basename(file))) ?? k.searched[0];
  return [run.relative(path.dirname(file)), name].filter((s) => s !== '').join('/');
}

/** Collects, per kind, the files under `dir` with one of its searched names that are not documents of this root. */
function findNamed(dir: string, kinds: readonly Misplaced[], run: WorkspaceRun): void {
  const matchers = kinds.map((k) => (k.searched.length > 0 ? picomatch([...k.searched], { dot: false }) : () => false));
  const queue = [dir];
  let seen = 0;
  while (queue.length > 0 && seen < WALK_LIMIT) {
    const current = queue.shift() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      seen++;
      const abs = path.join(current, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) queue.push(abs);
        continue;
      }
      if (!e.isFile()) continue;
      const i = matchers.findIndex((m) => m(e.name));
      if (i < 0) continue;
      const kind = run.service.kindOf(run.relative(abs));
      if (kind !== 'template' && !isCheckable(kind)) kinds[i].files.push(abs);
    }
  }
}

/**
 * Whether a file name pattern starts with a literal character (`RFC-*.md`, `README.md`), not a
 * wildcard or a class. `[0-9]*.md`, the usual ADR name, says nothing about the kind of a file: only
 * the RFC globs' names are looked for in that form, as they always were, so that a numbered RFC is
 * never offered as a misplaced ADR.
 */
function isDistinctive(name: string): boolean {
  return /^[^*?[{!(]/.test(name);
}

/** "a", "a or b", "a, b or c". */
function either(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The nearest folder at or above `dir`, below `root`, that holds its own `.rfc-author.json` or `.git`. */
function configuredAncestor(dir: string, root: string): string | undefined {
  for (let d = dir; d !== root && d.startsWith(root); d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, CONFIG_FILE)) || fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) break;
  }
  return undefined;
}

/** A path as the user would type it from `cwd`: relative with forward slashes, `.` for `cwd` itself. */
function shown(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  return rel === '' ? '.' : rel.startsWith('../..') ? abs : rel;
}
