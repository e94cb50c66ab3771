import { idFromFileName } from '../ids';
import { basename } from '../index/paths';
import { DEPENDENCY_KEY_RE } from '../taskTemplate';
import type { Reference, RfcDocument } from '../types';
import { frontMatterReferences } from './frontMatter';

/**
 * The parser reads references in the Markdown body only: front matter is blanked before markdown-it
 * sees it. Tasks keep their links there (`depends-on: [TASK-0002]`, `links:` items), so navigation and
 * the link rules add the front matter's references, taken from the front matter reader's item
 * positions once per parsed version.
 */
const withFrontMatter = new WeakMap<RfcDocument, readonly Reference[]>();

/** Every reference of a parsed document, front matter first (cached per parsed version). */
export function allReferences(parsed: RfcDocument): readonly Reference[] {
  // Most RFCs have no front matter: nothing to add, and nothing to keep in the weak map.
  const fm = parsed.frontMatter;
  if (!fm) return parsed.references;
  let refs = withFrontMatter.get(parsed);
  if (!refs) {
    refs = [...documentFrontMatterReferences(parsed), ...parsed.references];
    withFrontMatter.set(parsed, refs);
  }
  return refs;
}

/**
 * The references of a document's front matter, each with the key it is listed under. A task's
 * `title: TASK-0003 Networking` names the task itself, not another document: left out unless
 * `includeOwn` (a rename of the task rewrites it too). A dependency on itself is a mistake the
 * dependency rule reports, so it is kept.
 */
export function documentFrontMatterReferences(parsed: RfcDocument, includeOwn = false): Reference[] {
  const fm = parsed.frontMatter;
  if (!fm) return [];
  const refs = frontMatterReferences(fm, parsed.text, () => true);
  if (includeOwn) return refs;
  const ownId = idFromFileName(basename(parsed.path));
  const own = (r: Reference): boolean => r.path === undefined && r.ids.length === 1 && r.ids[0] === ownId && !(r.key !== undefined && DEPENDENCY_KEY_RE.test(r.key));
  return refs.filter((r) => !own(r));
}
