import type { DocumentAnalysis } from '../analysis';
import { isGlob } from '../index/globs';
import { basename, dirname, joinPath } from '../index/paths';
import type { Resolution } from '../index/resolver';
import { isMarkdownPath } from '../parser/pathShape';
import type { Reference } from '../types';
import type { Rule } from './rule';

/**
 * A path reference names a file of the repository. Certainty decides how loud a miss is: a
 * Markdown link, or a path that starts at a folder of the repository, is an error ("does not
 * exist", with the file it most likely meant); a bare document name that matches nothing anywhere is
 * a warning ("not found in this repository"); a name that several files carry is an info listing
 * them; a path in code or prose that matches nothing and starts at no folder of the repository is an
 * example (`./b`, `../foo`, another project's `src/lib.rs`) and is left alone. The text of a link
 * whose target is a URL is never a reference (the parser does not make it one).
 *
 * In a task or an ADR, only what links documents is checked: Markdown links, paths of RFCs, tasks
 * and ADRs, front matter references, and paths that leave the workspace. A path into the code that
 * is not there is what a task will create, move or delete ("`userspace/libs/dtb/` (new)",
 * "`backdrop.rs` (DELETE)"), or what an accepted decision saw of a tree that has moved since: a
 * plan or a record, not a broken link (issue 10; open-nexus-os has over a thousand of them).
 */
export const brokenLink: Rule<'broken-link'> = {
  id: 'broken-link',
  defaultSeverity: 'error',
  description: 'A path reference names a file that exists in the workspace.',
  crossDocument: true,
  kinds: ['rfc', 'task', 'adr'],
  check(a, report) {
    for (const ref of a.references) {
      if (ref.path === undefined || a.isPlaceholder(ref.text) || NUMBER_PLACEHOLDER_RE.test(basename(ref.path))) continue;
      const r = a.resolve(ref);
      if (!r || r.status === 'resolved') continue;
      if (r.status === 'outside') {
        // A link or a header Links item points there; a machine path in a sentence (`~/.config/x`) describes one.
        if (ref.style === 'link' || inHeader(a, ref)) report(ref.range, `\`${ref.path}\` points outside the workspace; link to a file inside the repository.`, { outside: true, path: ref.path });
        continue;
      }
      if (planOrRecord(a, ref, r) || mystTarget(a, ref.path)) continue;
      if (r.status === 'ambiguous') {
        const shown = r.candidates.slice(0, 3).map((c) => `\`${c}\``).join(', ');
        const more = r.candidates.length > 3 ? ` and ${r.candidates.length - 3} more` : '';
        report(ref.range, `\`${ref.path}\` matches ${r.candidates.length} files: ${shown}${more}; write the path from the repository root to say which.`, { path: ref.path, suggestions: [...r.candidates.slice(0, 10)], ambiguous: true }, { hint: true });
        continue;
      }
      const certainty = certaintyOf(a, ref, r);
      if (certainty === 'none') continue;
      const hint = r.suggestions.length > 0 ? ` Did you mean \`${r.suggestions[0]}\`?` : '';
      const series = ref.style === 'link' ? otherSeries(a, ref, r) : undefined;
      if (series) {
        report(ref.range, `\`${ref.path}\` is not in this repository: it names ${series}, while the documents here are named otherwise (a site that publishes them, or the repository that holds ${series}, may resolve it).${hint}`, { path: ref.path, target: r.target, suggestions: [...r.suggestions], unsure: true }, { hint: true });
        continue;
      }
      // A definition no link uses shows nothing: a reader follows no link there (Rust's Project Goals RFCs).
      if (ref.unusedDefinition !== undefined) report(ref.range, `\`${ref.path}\` does not exist, but no link uses its definition \`[${ref.unusedDefinition}]\`: remove the definition, or correct it.${hint}`, { path: ref.path, target: r.target, suggestions: [...r.suggestions], unsure: true }, { hint: true });
      else if (certainty === 'error') report(ref.range, `\`${ref.path}\` does not exist.${shorthandNote(ref.style, ref.text) ?? hint}`, { path: ref.path, target: r.target, suggestions: [...r.suggestions] });
      else report(ref.range, `\`${ref.path}\` is not found in this repository.${hint}`, { path: ref.path, target: r.target, suggestions: [...r.suggestions], unsure: true }, certainty === 'hint' ? { hint: true } : { atMost: 'warning' });
    }
  },
};

/** A document's name in a series: a prefix, a hyphen and its number (`eip-721.md`, `eip-2098`). */
const SERIES_NAME_RE = /^([A-Za-z]{2,12})-(\d{1,6})(?:\.md)?$/;
/** A folder named by a series' prefix and number (`eip-3009/` in `../assets/eip-3009/x.sol`). */
const SERIES_FOLDER_RE = /(^|\/)([A-Za-z]{2,12})-(\d{1,6})(\/|$)/;

/**
 * The document of another series a link names, where the folder's documents carry another prefix:
 * Ethereum's ERCs link `./eip-721.md`, as EIP-1 tells them to, beside `erc-721.md`, and the site
 * renames the files when it publishes them; their assets `../assets/eip-3009/…` are
 * `assets/erc-3009/…` here. Undefined for a link of the folder's own series (`./erc-9999.md`, a
 * real miss) or of no series.
 */
function otherSeries(a: DocumentAnalysis, ref: Reference, r: Extract<Resolution, { status: 'broken' }>): string | undefined {
  // Where the link points from its document (the resolver's `target` may be a later try, from the root).
  const target = joinPath(dirname(a.doc.path), (ref.path ?? '').split('#')[0]) ?? r.target;
  const m = SERIES_NAME_RE.exec(basename(target));
  if (m) {
    const prefixes = new Set(a.index.pathsInFolder(dirname(target)).map((p) => SERIES_NAME_RE.exec(basename(p))?.[1].toLowerCase()));
    prefixes.delete(undefined);
    if (prefixes.size > 0) return prefixes.has(m[1].toLowerCase()) ? undefined : `${m[1]}-${m[2]}`;
  }
  // A folder of the series (`assets/eip-3009/`) that the document's own prefix names here.
  const part = SERIES_FOLDER_RE.exec(ref.path ?? '');
  const own = SERIES_NAME_RE.exec(basename(a.doc.path))?.[1];
  if (!part || !own || part[2].toLowerCase() === own.toLowerCase()) return undefined;
  const written = (ref.path ?? '').replace(part[0], `${part[1]}${own}-${part[3]}${part[4]}`);
  const folder = joinPath(dirname(a.doc.path), written.replace(/\/$/, ''));
  const here = a.resolver.resolvePath(written, a.doc.path).status === 'resolved' || (folder !== undefined && a.resolver.folderExists(folder));
  return here ? `${part[2]}-${part[3]}` : undefined;
}

/** GitHub's shorthand for an issue or pull request of another repository (`bytecodealliance/wasmtime#1936`). */
const ISSUE_SHORTHAND_RE = /^([\w.-]+)\/([\w.-]+)#\/?(\d+)$/;

/**
 * Whether a link's destination is a label the document defines for MyST, the Markdown of Sphinx
 * (Wagtail's `See [](custom_stimulus_controllers)` below a line `(custom_stimulus_controllers)=`): a
 * cross-reference, not a file.
 */
function mystTarget(a: DocumentAnalysis, path: string): boolean {
  return /^[\w-]+$/.test(path) && a.doc.text.text.includes(`\n(${path})=`);
}

/**
 * What to write instead of GitHub's issue shorthand as a link's destination: GitHub expands
 * `owner/repo#N` in text, not in a link, which it resolves as a path beside the document.
 */
function shorthandNote(style: string, written: string): string | undefined {
  const m = style === 'link' ? ISSUE_SHORTHAND_RE.exec(written.trim()) : null;
  return m ? ` GitHub expands \`${m[1]}/${m[2]}#${m[3]}\` in text, not as a link's destination: link to https://github.com/${m[1]}/${m[2]}/issues/${m[3]}.` : undefined;
}

/**
 * A file name with a number left to fill in (PyTorch's "Copy the template to `RFC-00xx-my-feature.md`"):
 * a run of x's, after digits or not, as a part of the name of its own. The template's own
 * placeholders are `isPlaceholder`'s.
 */
const NUMBER_PLACEHOLDER_RE = /(?:^|[-_.])\d*[xX]{2,}(?=[-_.])/;

/**
 * Whether a reference of a task or an ADR names the code rather than a document: a bare path (not a
 * Markdown link, not in front matter) that is no document path and whose id no other document
 * carries. A name with the document's own id that is no document path, even in front matter, is a
 * side file of its own (`.cursor/handoff/task-0013b-review.md`) or a plan named after it, not a
 * link to it.
 */
function planOrRecord(a: DocumentAnalysis, ref: Reference, r: Exclude<Resolution, { status: 'resolved' | 'outside' }>): boolean {
  if (a.kind === 'rfc' || ref.style === 'link') return false;
  const ownId = r.status === 'broken' && r.sameId === true && r.suggestions.every((p) => p === a.doc.path);
  if (ownId && !a.resolver.isDocumentPath(r.target)) return true;
  if (ref.key !== undefined) return false;
  if (r.status === 'ambiguous') return !r.candidates.some((c) => a.resolver.isDocumentPath(c));
  return !r.sameId && !a.resolver.isDocumentPath(r.target);
}

/**
 * How sure a miss is. An error: a link, a document path (the globs make it one, or the same id
 * lives elsewhere), a path whose folder exists (the file is gone from it). A warning: a path that
 * starts at a folder of the repository but whose own folder is not there (an example, or a tree
 * that moved), or a bare document name found nowhere. Nothing: a path in an "Example" section or
 * that starts at no folder of the repository (`./b`, another project's `src/lib.rs`).
 */
function certaintyOf(a: DocumentAnalysis, ref: Reference, r: Extract<Resolution, { status: 'broken' }>): 'error' | 'warning' | 'hint' | 'none' {
  if (ref.style === 'link') return 'error';
  // "For example, if the PR is 305, the NEP should be `neps/nep-0305.md`": a name the sentence makes up.
  if (exampleBefore(a, ref) || linkSyntaxShown(a, ref)) return 'none';
  if (a.resolver.isDocumentPath(r.target)) return 'error';
  // A path that carries an existing document's id names that document, renamed since. A bare name
  // outside where documents live (`task-0023b_phase-4.plan.md`, a tool's own file) is not one.
  if (r.sameId && ref.path?.includes('/')) return 'error';
  const path = ref.path ?? '';
  // An example, a glob that matches nothing, a tool's local state (`.cursor/…`): nothing to hold against the text.
  if (inExampleSection(a, ref) || isGlob(path) || /(?:^|\/)\.[^./]/.test(path.replace(/^(?:\.\.?\/)+/, ''))) return 'none';
  if (a.resolver.startsAtFolder(path, a.doc.path)) {
    if (a.resolver.folderExists(dirname(r.target)) && !ref.weak) return 'error';
    // Only a top-level folder in common (`pkg/kubelet/cm`, `test/e2e` in a repository that has its own
    // `pkg/` and `test/`): as likely another repository's code as this one's, so it is said quietly.
    // A Markdown file there is a document of this repository's own (`docs/drafts/review.md`).
    return onlyTopFolderExists(a, path) && !isMarkdownPath(path) ? 'hint' : 'warning';
  }
  if (!ref.path?.includes('/') && !ref.weak && isMarkdownPath(ref.path ?? '') && ref.style !== 'backtick') return CONVENTIONAL_FILE_RE.test(path) ? 'hint' : 'warning';
  return 'none';
}

/**
 * The files every repository may have (`Readme.md and Contributing.md of repos`, the CNCF's list of a
 * project's `DEVELOPMENT.md`, `ADOPTERS.md`, `VERSIONING.md`, `RELEASE.md`): named bare and found
 * nowhere here, such a name speaks of a kind of file, or of another project's, as often as of one
 * this repository lost.
 */
const CONVENTIONAL_FILE_RE = /^(?:readme|contributing|changelog|changes|license|licence|security|code[-_]of[-_]conduct|authors|maintainers|governance|support|development|adopters|versioning|releases?|releasing|roadmap|notice|install(?:ation)?|building|hacking|faq|troubleshooting|owners|codeowners)\.(?:md|markdown)$/i;

/** Whether, of a path written from the repository's root, only its first folder exists. */
function onlyTopFolderExists(a: DocumentAnalysis, path: string): boolean {
  const parts = path.replace(/^\.\//, '').split('/');
  if (parts[0] === '..' || parts.length < 2) return false;
  return parts.length === 2 || !a.resolver.folderExists(`${parts[0]}/${parts[1]}`);
}

/**
 * Whether a reference is in the document's header (front matter, or a field line before its first
 * heading below the title). Section -1 alone does not say it: a document that writes its sections a
 * level deeper than the template (`## Summary` for `# Summary`) has no section at the template's
 * level, and its prose is no header (Gatsby's "edit the ~/.config/gatsby/config.json").
 */
function inHeader(a: DocumentAnalysis, ref: Reference): boolean {
  if (ref.key !== undefined) return true;
  if (ref.section !== -1) return false;
  const title = a.doc.title?.heading;
  if (a.doc.headings.some((h) => h !== title && h.line < ref.line)) return false;
  // Only its fields: the prose under the title is no header (PowerShell's "needs to execute `/etc/profile`").
  return a.doc.header.some((f) => f.line === ref.line || f.children.some((c) => c.line === ref.line));
}

/**
 * Whether the reference is the target of Markdown link syntax shown in a code span: IOTA's TIP-1
 * teaches "use relative links such as `[TIP Process Diagram](../TIP-0001/process.png)`", which
 * links nothing.
 */
function linkSyntaxShown(a: DocumentAnalysis, ref: Reference): boolean {
  if (ref.style !== 'backtick') return false;
  const line = a.doc.text.line(ref.range.start.line);
  return /`!?\[[^\]`]*\]\($/.test(line.slice(0, ref.range.start.character)) && /^(?:#[^)`\s]*)?(?:\s+"[^"`]*")?\)`/.test(line.slice(ref.range.end.character));
}

/** Whether the reference sits under a heading that announces examples (`#### Examples`). */
/** "For example", "for instance" or "e.g." earlier in the sentence, with no sentence's end between. */
const EXAMPLE_BEFORE_RE = /(?:\bfor (?:example|instance)\b|\be\.g\.)(?:[^.!?]|[.!?](?!\s))*$/i;

/** Whether the sentence a reference is written in gives it as an example, on its line or the one before. */
function exampleBefore(a: DocumentAnalysis, ref: Reference): boolean {
  const { line, character } = ref.range.start;
  const own = a.doc.text.line(line).slice(0, character);
  if (EXAMPLE_BEFORE_RE.test(own)) return true;
  // A sentence wrapped onto this line, not a new list item or block.
  if (line === 0 || /^\s*(?:[-*+>#|]|\d+[.)])/.test(own)) return false;
  return EXAMPLE_BEFORE_RE.test(`${a.doc.text.line(line - 1)} ${own}`);
}

function inExampleSection(a: DocumentAnalysis, ref: Reference): boolean {
  let heading: string | undefined;
  for (const h of a.doc.headings) {
    if (h.line > ref.line) break;
    heading = h.text;
  }
  return heading !== undefined && /\bexamples?\b/i.test(heading);
}
