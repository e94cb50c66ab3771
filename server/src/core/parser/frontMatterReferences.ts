import { idFromFileName } from '../ids';
import { basename } from '../index/paths';
import { DEPENDENCY_KEY_RE } from '../taskTemplate';
import type { Reference, RfcDocument } from '../types';
import { findReferences } from './references';

/**
 * The parser reads references in the Markdown body only: front matter is blanked before markdown-it
 * sees it. Tasks keep their links there (`depends-on: [TASK-0002]`, `links:` items), so navigation and
 * the link rules add the front matter's references, read from its few lines once per parsed version.
 */
const withFrontMatter = new WeakMap<RfcDocument, readonly Reference[]>();

/** Every reference of a parsed document, front matter first (cached per parsed version). */
export function allReferences(parsed: RfcDocument): readonly Reference[] {
  // Most RFCs have no front matter: nothing to add, and nothing to keep in the weak map.
  if (!parsed.frontMatter) return parsed.references;
  let refs = withFrontMatter.get(parsed);
  if (!refs) {
    refs = [...frontMatterReferences(parsed), ...parsed.references];
    withFrontMatter.set(parsed, refs);
  }
  return refs;
}

/** The references of the front matter's values and list items, each with the key it is listed under. */
function frontMatterReferences(parsed: RfcDocument): Reference[] {
  const fm = parsed.frontMatter;
  if (!fm) return [];
  const ownId = idFromFileName(basename(parsed.path));
  const out: Reference[] = [];
  let key: string | undefined;
  for (let line = fm.startLine + 1; line < fm.endLine - 1; line++) {
    const text = parsed.text.line(line);
    const keyed = /^([A-Za-z_][\w.-]*)\s*:\s*/.exec(text);
    if (keyed) key = keyed[1].toLowerCase();
    const value = keyed ?? /^\s*-\s+/.exec(text);
    if (!value) continue;
    const column = value[0].length;
    for (const r of findReferences(text.slice(column), 'bare')) {
      // A task's `title: TASK-0003 Networking` names the task itself, not another document; a
      // dependency on itself is a mistake the dependency rule reports, so it is kept.
      if (r.path === undefined && r.ids.length === 1 && r.ids[0] === ownId && !(key !== undefined && DEPENDENCY_KEY_RE.test(key))) continue;
      out.push({
        range: { start: { line, character: column + r.start }, end: { line, character: column + r.end } },
        text: text.slice(column + r.start, column + r.end),
        style: 'frontMatter',
        ...(r.path !== undefined ? { path: r.path } : {}),
        ids: r.ids,
        ...(r.rangeEnds ? { rangeEnds: r.rangeEnds } : {}),
        line,
        section: -1,
        block: -1,
        ...(key !== undefined ? { key } : {}),
      });
    }
  }
  return out;
}
