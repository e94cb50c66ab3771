import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../server/src/core/rules';

const ROOT = path.resolve(__dirname, '../..');
const DOC = fs.readFileSync(path.join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
const CORE = path.join(ROOT, 'server/src/core');

/** The code map of the pure core: the text under its heading, up to the next `###` heading. */
const coreMap = (() => {
  const start = DOC.indexOf('### `server/src/core/`');
  const end = DOC.indexOf('\n### ', start + 1);
  return start < 0 ? '' : DOC.slice(start, end < 0 ? undefined : end);
})();

/** Every TypeScript module under server/src/core, as a path relative to it (`index/resolver.ts`). */
function coreModules(dir = CORE, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return coreModules(path.join(dir, e.name), `${prefix}${e.name}/`);
    return e.name.endsWith('.ts') ? [`${prefix}${e.name}`] : [];
  });
}

/** A rule's own file (`brokenLink.ts` for `broken-link`): the registry and docs/rules.md name those. */
const RULE_FILES = new Set(RULE_IDS.map((id) => `rules/${id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}.ts`));

/**
 * Whether the code map names a module: by its path from the core (`` `index/resolver.ts` ``), or by
 * its file name in the row of its folder (a row whose first cell is `` `index/` `` or names a file
 * of that folder).
 */
function named(module: string): boolean {
  if (coreMap.includes(`\`${module}\``)) return true;
  const slash = module.lastIndexOf('/');
  const name = module.slice(slash + 1);
  if (slash < 0) return new RegExp(`^\\| \`${name.replace('.', '\\.')}\``, 'm').test(coreMap) || coreMap.includes(`\`${name}\``);
  const folder = module.slice(0, slash);
  const rows = coreMap.split('\n').filter((l) => l.startsWith(`| \`${folder}/`));
  return rows.some((r) => r.includes(`\`${name}\``) || r.includes(`\`${name}\`'`));
}

describe('docs/ARCHITECTURE.md', () => {
  it('has a code map of server/src/core', () => {
    expect(coreMap.length).toBeGreaterThan(1000);
  });

  it('names every module under server/src/core in its code map (a rule file is named by its rule)', () => {
    const modules = coreModules();
    expect(modules.length).toBeGreaterThan(50);
    const missing = modules.filter((m) => !RULE_FILES.has(m) && !named(m));
    expect(missing, 'add these to the code map of docs/ARCHITECTURE.md').toEqual([]);
  });

  it('names no module of server/src/core that does not exist', () => {
    const modules = new Set(coreModules());
    const folders = new Set([...modules].filter((m) => m.includes('/')).map((m) => m.slice(0, m.lastIndexOf('/'))));
    // Paths written with their folder (`index/summary.ts`, `rules/phaseLines.ts`) must exist.
    const written = [...coreMap.matchAll(/`([a-zA-Z]+)\/([A-Za-z]+\.ts)`/g)].filter((m) => folders.has(m[1])).map((m) => `${m[1]}/${m[2]}`);
    expect(written.filter((m) => !modules.has(m))).toEqual([]);
  });
});
