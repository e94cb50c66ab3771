import type { RfcAuthorConfig } from './config';
import { fieldKeysOf } from './fieldKeys';
import { basename, dirname } from './index/paths';
import { evidentlySame, sameGroup } from './sectionMatch';
import type { TemplateModel } from './template';
import { sectionKey } from './template';
import type { RfcDocument } from './types';

/** A file named as a template (`0000-swiftpm-template.md`, `deprecation-template.md`). */
const TEMPLATE_FILE_RE = /template\.md$/i;
/** A document numbered other than zero (`RFC-0042-issue-template.md`, `0042-issue-template.md`): an RFC about templates, not one. */
const NUMBERED_RE = /^(?:[A-Za-z]{1,12}[-_])?0*[1-9]\d*[-_]/;

/** The word a file name opens with before a hyphen (`sep` of `sep-0053.md` and of `sep-template.md`). */
const NAME_PREFIX_RE = /^([A-Za-z]{2,12})[-_]/;

function namePrefix(path: string): string | undefined {
  return NAME_PREFIX_RE.exec(basename(path))?.[1].toLowerCase();
}

/** At most this many templates beside the configured one are read. */
const MAX_SIBLINGS = 4;

/**
 * The templates beside the configured one that a team keeps for other kinds of document: files of
 * the same folder named as a template and not numbered as a document (Swift's
 * `proposal-templates/0000-swiftpm-template.md` beside `0000-swift-template.md`; Ember's
 * `deprecation-template.md` beside `0000-template.md`; not `RFC-0042-issue-template.md`, an RFC).
 * `paths` are the folder's Markdown files.
 */
export function siblingTemplatePaths(template: string, paths: readonly string[]): string[] {
  const folder = dirname(template);
  return paths
    .filter((p) => p !== template && dirname(p) === folder && TEMPLATE_FILE_RE.test(basename(p)) && !NUMBERED_RE.test(basename(p)))
    .sort()
    .slice(0, MAX_SIBLINGS);
}

/**
 * The template an RFC was written from, among the team's: the configured one, unless another
 * template of the team fits it better. A sibling whose file name opens with the word the document's
 * does (`sep-template.md` for `sep-0053.md`), alone of the team's, is the one. Otherwise a sibling is
 * chosen only on evidence, when the document has
 * a section that template has and the configured one has under no name (SwiftPM's "Security"), a
 * section of several words that template alone has by that name (SwiftPM's "Impact on existing
 * packages"), or a title that starts with the words the sibling's title adds (`# Package Manager …`), and
 * lacks fewer of its required sections and header fields; on a tie the configured template stays.
 * Sections count by their names and `sectionAliases`, at the template's level or one deeper.
 */
export function templateFor(doc: RfcDocument, primary: TemplateModel, siblings: readonly TemplateModel[], config: RfcAuthorConfig): TemplateModel {
  if (siblings.length === 0) return primary;
  // The file name says it first: Stellar's `ecosystem/sep-0053.md` is written from `sep-template.md`,
  // not from the configured `cap-template.md`, whatever sections an older one has. A name the
  // configured template shares (`RFC-0001-x.md`, `RFC-TEMPLATE.md`) leaves the choice to the sections.
  // Only where the configured template is named for its documents too (`cap-template.md`): a plain
  // `template.md` beside MADR-like `adr-template-minimal.md` says nothing of which one `adr-0001.md` follows.
  const prefix = namePrefix(doc.path);
  const named = prefix && namePrefix(primary.source) ? siblings.filter((t) => namePrefix(t.source) === prefix) : [];
  if (named.length === 1 && namePrefix(primary.source) !== prefix) return named[0];
  const level = primary.structure.sectionLevel;
  const aliases = new Map(Object.entries(config.sectionAliases).map(([alias, target]) => [sectionKey(alias), sectionKey(target)]));
  const keys = new Set<string>();
  for (const h of doc.headings) {
    if (h.level > level + 1) continue;
    const key = sectionKey(h.text);
    keys.add(key);
    const alias = aliases.get(key);
    if (alias !== undefined) keys.add(alias);
  }
  // Evidence for a sibling: a section of it that the configured template has under no name at all
  // (SwiftPM's "Security"; not an "Introduction", which Swift's own template has as its "Summary").
  const ownsAlike = (key: string): boolean => primary.sections.some((s) => s.key === key || evidentlySame(key, s.key) || sameGroup(key, s.key));
  // What the document would lack under a template: its required sections and header fields.
  const lacking = (t: TemplateModel): number => {
    const fieldKeys = fieldKeysOf(t, config);
    const fields = new Set(doc.header.map((f) => fieldKeys.canonical(f.name)));
    return t.sections.filter((s) => !s.optional && !keys.has(s.key)).length + t.fields.filter((f) => !f.optional && !fields.has(f.key)).length;
  };
  // Or a section of several words that template alone of the team's has by that name: SwiftPM's
  // "Impact on existing packages", though Swift's own template has it as its "Source compatibility";
  // not a one-word "Introduction", which any proposal may have.
  const templates = [primary, ...siblings];
  const onlyIn = (t: TemplateModel, key: string): boolean => key.split(' ').length >= 3 && templates.every((o) => o === t || !o.sections.some((s) => s.key === key));
  let best = primary;
  let fewest = lacking(primary);
  for (const t of siblings) {
    if (!titledLike(doc, t, primary) && !t.sections.some((s) => keys.has(s.key) && (!ownsAlike(s.key) || onlyIn(t, s.key)))) continue;
    const n = lacking(t);
    if (n < fewest) {
      best = t;
      fewest = n;
    }
  }
  return best;
}

/**
 * Whether the document's title starts with the words a sibling's title adds to the configured one's:
 * SwiftPM's `# Package Manager Feature name` beside Swift's `# Feature name` makes "Package Manager
 * Version Pinning" a SwiftPM proposal.
 */
function titledLike(doc: RfcDocument, sibling: TemplateModel, primary: TemplateModel): boolean {
  const own = primary.doc.title?.heading.text.trim().toLowerCase();
  const theirs = sibling.doc.title?.heading.text.trim().toLowerCase();
  const title = doc.title?.heading.text.trim().toLowerCase();
  if (!own || !theirs || !title || !theirs.endsWith(` ${own}`)) return false;
  const words = theirs.slice(0, -own.length).trim();
  return words.length >= 3 && title.startsWith(`${words} `);
}
