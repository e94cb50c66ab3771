import type { DocumentAnalysis } from '../analysis';
import { isUnnumbered, issueLinkFor } from '../ids';
import { basename } from '../index/paths';
import { range } from '../text';
import type { Rule } from './rule';

const KIND_NAME = { rfc: 'RFC', task: 'task', adr: 'ADR' } as const;

/**
 * No other document of the same kind carries this document's id: two RFCs, two tasks or two ADRs
 * with one id make every link to that id ambiguous. The id is the one the index files the document
 * under: the file name's, else the title's (or, for a task, its front matter's). The message names
 * the other files and the next free number, since that is what the author needs to resolve the
 * clash. An RFC and a task with the same number do not clash: their ids differ (`RFC-0001`,
 * `TASK-0001`). Both ids are written as the team writes them (`RFC 4` where files carry only
 * their number).
 */
export const duplicateId: Rule<'duplicate-id'> = {
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: 'No other document of the same kind (RFC, task, ADR) carries the same id.',
  crossDocument: true,
  kinds: ['rfc', 'task', 'adr'],
  check(a, report) {
    const { doc, kind } = a;
    const id = a.fileId ?? (kind === 'rfc' ? doc.title?.canonicalId : a.index.get(doc.path)?.id);
    // Number zero is the one a document carries before it is given one (k8s's `0000-kep-process`,
    // Rust's `0000-template.md`): several such are unnumbered, not clashing.
    if (!id || isUnnumbered(id) || isAddendum(doc.path)) return;
    const name = basename(doc.path);
    const others = a.index
      .byId(id)
      // A file that only says where the document went (`Moved to …`) keeps its old number; it claims nothing.
      .filter((s) => s.kind === kind && s.path !== doc.path && s.moved !== true)
      .map((s) => s.path)
      // An addendum numbered after the document (F#'s `FS-1065.1-…`), the same file kept in another
      // folder (F#'s FS-1104 in the folders of two releases) and a copy kept under a suffix of the
      // same name (aws-cdk's `0249-v2-experiments.expired.md`) are not other documents.
      .filter((p) => !isAddendum(p) && basename(p) !== name && !keptCopy(basename(p), name))
      .sort();
    if (others.length === 0) return;
    // Parts of one document numbered after it (Stellar's `cap-0046.md`, `cap-0046-01.md` …, whose
    // headers say `CAP: 0046-01`): one id, shared on purpose.
    const paths = [doc.path, ...others];
    if (paths.every((p) => seriesName(p) !== undefined) && paths.some((p) => seriesName(p) === 'part')) return;
    const next = a.ids.display(a.ids.idOf(kind, String(a.index.highestNumber(kind) + 1)));
    // A task without an id in a heading is named by its front matter title (open-nexus-os'
    // TASK-0081 files start at `## Context`: that heading is no place for the finding).
    const titleField = kind === 'task' && a.taskTemplate.titleKey ? doc.frontMatter?.fields.get(a.taskTemplate.titleKey) : undefined;
    const h1 = doc.title?.heading.level === 1 ? doc.title.heading.range : undefined;
    const where = doc.title?.id?.range ?? h1 ?? titleField?.valueRange ?? doc.title?.heading.range ?? range(0, 0, 0, doc.text.lineLength(0));
    const names = others.map((p) => `\`${p}\``).join(', ');
    const message = `${a.ids.display(id)} is also the id of ${names}; each ${KIND_NAME[kind]} needs its own id (the next free one is ${next}).`;
    // A number taken from the code host (Ember's RFCs are numbered by the pull request that proposed
    // them, in two repositories; Go's design documents by their issue) may be shared on purpose: a hint.
    const issue = linkedIssue(a, id);
    if (issue) report(where, `${message} Its number is that of the issue or pull request it links (${issue}): if the team numbers by those, the shared number may be meant.`, { id, others }, { hint: true });
    else report(where, message, { id, others });
  },
};

/** Whether one file name is the other's with a suffix before the extension (`x.expired.md`, `x.old.md` for `x.md`). */
function keptCopy(a: string, b: string): boolean {
  const stem = (n: string) => n.replace(/\.md$/i, '');
  const [x, y] = [stem(a), stem(b)];
  return x.startsWith(`${y}.`) || y.startsWith(`${x}.`);
}

/** A file numbered as an addendum of a document: its number, a dot and the addendum's (`FS-1065.1-option-voption.md`). */
function isAddendum(path: string): boolean {
  return /^(?:[A-Za-z]{1,12}[-\u2010\u2011_])?\d+\.\d{1,3}(?:[-_. ]|$)/.test(basename(path));
}

/** A file named by a number alone (`cap-0046.md`), or by a number and a part number (`cap-0046-06.md`). */
function seriesName(path: string): 'base' | 'part' | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  return /^(?:[A-Za-z]{1,12}[-_])?\d+$/.test(name) ? 'base' : /^(?:[A-Za-z]{1,12}[-_])?\d+[-_]\d{1,3}$/.test(name) ? 'part' : undefined;
}

/**
 * The issue or pull request the document's header links (its front matter, or the lines above its
 * first section) whose number is the id's: where the id was taken from. Undefined when none is.
 */
function linkedIssue(a: DocumentAnalysis, id: string): string | undefined {
  const title = a.doc.title?.heading.line ?? -1;
  const end = Math.min(a.doc.headings.find((h) => h.line > title)?.line ?? a.doc.text.lineCount, (a.doc.frontMatter?.endLine ?? 0) + 40);
  for (let l = 0; l < end; l++) {
    const link = issueLinkFor(a.doc.text.line(l), id);
    if (link) return link;
  }
  return undefined;
}
