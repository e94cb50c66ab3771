import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch/posix';
import { CONFIG_FILE } from '../node/config';
import type { EmptyTarget, WorkspaceRun } from './workspaceRun';

/** How many entries the search for misplaced RFCs looks at before it gives up: it only explains. */
const WALK_LIMIT = 50_000;

/**
 * Why a PATH selected no RFC, in one line that says what to do. The usual cause is a workspace root
 * that is not the one the RFCs were laid out for: run from the repository's top, `examples/docs/rfcs`
 * does not match `docs/rfcs/RFC-*.md`. So the files named like RFCs under the PATH are counted, and
 * the line names the folder to run from (one that holds its own `.rfc-author.json`) and the glob
 * that would match them from here.
 */
export function explainEmptyTarget(run: WorkspaceRun, empty: EmptyTarget, cwd: string): string {
  if (empty.reason) return empty.reason;
  const globs = run.config.rfcGlobs;
  const rootShown = `\`${shown(cwd, run.root)}\``;
  const names = [...new Set(globs.map((g) => g.split('/').pop() ?? g))];
  const named = findNamed(empty.target.abs, picomatch(names, { dot: false }), run);
  if (named.length === 0) {
    return `No file under ${shown(cwd, empty.target.abs)} matches \`rfcGlobs\` of the workspace root ${rootShown} (${globs.join(', ')}), and none is named ${names.join(' or ')}; set \`rfcGlobs\` in ${CONFIG_FILE} to where the RFCs are.`;
  }
  const folders = [...new Set(named.map((f) => path.dirname(f)))];
  const listed = folders.slice(0, 3).map((f) => shown(cwd, f)).join(', ') + (folders.length > 3 ? ` and ${folders.length - 3} more folders` : '');
  const from = configuredAncestor(folders[0], run.root);
  const glob = [run.relative(folders[0]), names.find((n) => picomatch(n)(path.basename(named[0]))) ?? names[0]].filter((s) => s !== '').join('/');
  const n = named.length;
  return `${n} file${n === 1 ? '' : 's'} named ${names.join(' or ')} under ${listed} match${n === 1 ? 'es' : ''} no \`rfcGlobs\` of the workspace root ${rootShown} (${globs.join(', ')}); ${from ? `run from ${shown(cwd, from)}/ or ` : ''}set \`rfcGlobs\` (e.g. "${glob}").`;
}

/** Files under `dir` whose name matches an RFC glob's last part, but which are not RFCs of this root. */
function findNamed(dir: string, nameMatches: (name: string) => boolean, run: WorkspaceRun): string[] {
  const found: string[] = [];
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
      } else if (e.isFile() && nameMatches(e.name)) {
        const kind = run.service.kindOf(run.relative(abs));
        if (kind !== 'template' && kind !== 'rfc') found.push(abs);
      }
    }
  }
  return found;
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
