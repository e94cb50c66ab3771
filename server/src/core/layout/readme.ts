/**
 * What a team's README says about its template. Some teams give the template as a starting point to
 * adapt in their README, not in the template itself (Cilium's design-cfps: "it is recommended to use
 * the `CFP-003-template.md` file as an outline. The structure of this template is meant to provide a
 * starting point for people. Feel free to edit and modify your outline"). Then no section of it is
 * required, and `init` says so in `optionalSections`, with the sentence that says it.
 */
import { basename, dirname, joinPath } from '../index/paths';
import { sectionsAllOptional } from '../templateTraits';
import type { ReadFile } from './templates';

const README_NAME_RE = /^(?:readme|contributing)\.md$/i;

/**
 * The README (or CONTRIBUTING) beside the documents, beside the template or at the top, and the
 * paragraph of it that speaks of the template (by its file name, or as "the template") as a starting
 * point to adapt (`sectionsAllOptional`). Undefined when none does.
 */
export async function templateGivenAsOutline(paths: readonly string[], documentsFolder: string, templatePath: string, readFile: ReadFile): Promise<{ readonly path: string; readonly words: string } | undefined> {
  const folders = [...new Set([documentsFolder, dirname(templatePath), ''])];
  const name = basename(templatePath).toLowerCase();
  for (const folder of folders) {
    for (const path of paths.filter((p) => dirname(p) === folder && README_NAME_RE.test(basename(p)))) {
      const text = await readFile(path);
      if (text === undefined) continue;
      for (const paragraph of text.split(/\n[ \t]*\n/)) {
        const flat = paragraph.replace(/\s+/g, ' ').trim();
        const lower = flat.toLowerCase();
        if (!(lower.includes(name) || /\b(?:the|this|our) template\b/.test(lower))) continue;
        if (!sectionsAllOptional(flat)) continue;
        const words = saying(flat);
        return { path, words: words.length > 240 ? `${words.slice(0, 237)}…` : words };
      }
    }
  }
  return undefined;
}

/** The fewest sentences of a paragraph that say so (`sectionsAllOptional`), quoted as read: a link as its text. */
function saying(paragraph: string): string {
  const sentences = paragraph.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').split(/(?<=[.!?)])\s+/);
  for (let n = 1; n <= 3; n++) {
    for (let i = 0; i + n <= sentences.length; i++) {
      const some = sentences.slice(i, i + n).join(' ');
      if (sectionsAllOptional(some)) return some;
    }
  }
  return sentences.join(' ');
}

/**
 * The templates a README at the top or one folder down links to, as workspace paths: Jupyter's
 * README gives "[the JEP proposal template](jupyter-enhancement-proposal-guidelines/JEP-TEMPLATE.md)",
 * in a folder beside the proposals' own. Only links to files among `templates`; each with the README
 * that links to it.
 */
export async function templatesLinkedFromReadme(paths: readonly string[], templates: readonly string[], readFile: ReadFile): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (templates.length === 0) return out;
  const known = new Set(templates);
  for (const path of paths.filter((p) => p.split('/').length <= 2 && README_NAME_RE.test(basename(p)))) {
    const text = await readFile(path);
    if (text === undefined) continue;
    for (const m of text.matchAll(/\]\(\s*<?([^()\s<>#]+\.md)(?:#[^()\s]*)?>?\s*\)/gi)) {
      const target = joinPath(dirname(path), decoded(m[1]).replace(/^\.\//, ''));
      if (target !== undefined && known.has(target) && !out.has(target)) out.set(target, path);
    }
  }
  return out;
}

/** A link's destination with its percent escapes decoded; as written when one is malformed (`%E0%A4%A`). */
function decoded(destination: string): string {
  try {
    return decodeURI(destination);
  } catch {
    return destination;
  }
}
