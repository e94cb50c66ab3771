import type { Range } from 'vscode-languageserver-types';
import type { DocKindWithId } from '../ids';
import { idNumber, issueLinkFor } from '../ids';
import type { Reference } from '../types';
import type { Rule } from './rule';
import { isDependency } from './taskHeader';

const KIND_NAME: Readonly<Record<DocKindWithId, string>> = { rfc: 'RFC', task: 'task', adr: 'ADR' };

/**
 * A bare id (`TASK-0003`, `RFC-0006`, `ADR-0005`) names a document of the workspace. Ranges
 * (`TASK-0001..0020`) are checked at their two ends only, since teams leave numbers unused; each id
 * of a shorthand list (`TASK-0286/0287/0290`) is checked. The index knows every file by name, so
 * ADRs numbered in their file name (`0005-x.md`) and ids written with a non-breaking hyphen resolve.
 * An id whose document links the issue of the same number is only a hint: it may have no document
 * yet. So is an unknown RFC id where the workspace leaves most RFC numbers unused (ids that are
 * pull request or issue numbers, of which only accepted proposals have a file).
 * A kind the workspace holds no document of at all is not checked: the globs are then likely wrong
 * (or the documents live elsewhere), and a finding on every id would be noise.
 */
export const unknownId: Rule<'unknown-id'> = {
  id: 'unknown-id',
  defaultSeverity: 'warning',
  description: 'A bare id names a document of the workspace.',
  crossDocument: true,
  kinds: ['rfc', 'task', 'adr'],
  check(a, report) {
    const own = new Set<string>();
    const fileId = a.fileId;
    if (fileId) own.add(fileId);
    if (a.doc.title?.canonicalId) own.add(a.doc.title.canonicalId);
    // A number far past the workspace's own (RFC-2119 where RFCs go to 86) is another project's document.
    const ours = (kind: DocKindWithId, id: string): boolean => {
      const h = a.index.highestNumber(kind);
      return a.index.count(kind) > 0 && idNumber(id) <= h * 2 + 50;
    };
    // Most RFC numbers unused (Polkadot's and k8s's ids are pull request and issue numbers, and only
    // accepted proposals have a file): an unknown number may be a proposal that never got one. Tasks
    // and ADRs are numbered by the team, one after another, however many of them a workspace holds.
    const sparse = (kind: DocKindWithId): boolean => kind === 'rfc' && a.index.count(kind) >= 10 && a.index.count(kind) * 2 < a.index.highestNumber(kind);
    // The issue or pull request links of the whole document, read once and only when an id is unknown.
    const issueLinks = new Map<string, string | undefined>();
    const linkedIssue = (id: string): string | undefined => {
      if (!issueLinks.has(id)) issueLinks.set(id, a.doc.text.text.includes('/issue') || a.doc.text.text.includes('/pull') ? issueLinkFor(a.doc.text.text, id) : undefined);
      return issueLinks.get(id);
    };
    // Long RFCs name the same few ids hundreds of times: decide each id once.
    const verdicts = new Map<string, DocKindWithId | null>();
    const unknownKind = (id: string): DocKindWithId | null => {
      let v = verdicts.get(id);
      if (v === undefined) {
        const kind = a.ids.kindOfId(id);
        v = kind && !own.has(id) && ours(kind, id) && a.index.byId(id).length === 0 ? kind : null;
        verdicts.set(id, v);
      }
      return v;
    };
    for (const ref of a.references) {
      // A task's dependencies are task-dependency's, which says what a missing one means.
      if (ref.path !== undefined || ref.loose || isDependency(a, ref)) continue;
      const ids = ref.rangeEnds ?? ref.ids;
      if (!ids.some((id) => unknownKind(id) !== null) || a.isPlaceholder(ref.text)) continue;
      ids.forEach((id, i) => {
        const kind = unknownKind(id);
        if (kind === null) return;
        const folder = kind === 'task' ? a.folders.task.find((f) => f !== '') : undefined;
        const createPath = folder !== undefined ? `${folder}/${id}.md` : undefined;
        const fix = createPath ? `create \`${createPath}\` or correct the id` : 'correct the id';
        const data = createPath ? { id, kind, createPath } : { id, kind };
        const where = idRange(ref, i, ids.length);
        // The id as the text writes it (`EIP-90`, not `EIP-0090`), where the reference is that one id.
        const written = ids.length === 1 && a.ids.normalize(ref.text) === id ? ref.text : id;
        // The line links the issue of that number (k8s's "[KEP-5433] …: https://…/issues/5433"): a
        // document tracked there that has no file yet, not a mistyped id.
        const issue = issueLinkFor(a.doc.text.line(where.start.line), id) ?? linkedIssue(id);
        if (issue) report(where, `${written} matches no ${KIND_NAME[kind]} in the workspace; the document links its issue (${issue}), so it may have no document yet.`, data, { hint: true });
        else if (sparse(kind)) report(where, `${written} matches no ${KIND_NAME[kind]} in the workspace, whose ${a.index.count(kind)} ${KIND_NAME[kind]}s leave most numbers up to ${a.index.highestNumber(kind)} unused (numbers of proposals or issues, not all of which have a file here): if it was meant as one of them, ${fix}.`, data, { hint: true });
        else report(where, `${written} matches no ${KIND_NAME[kind]} in the workspace; ${fix}.`, data);
      });
    }
  },
};

/**
 * The range of the `i`-th of `count` ids within a range or list reference (`TASK-0001..0020`:
 * 0 and 1 are its ends; `TASK-0286/0287`: one per slash-separated item), else the whole reference.
 */
function idRange(ref: Reference, i: number, count: number): Range {
  const { start, end } = ref.range;
  if (count === 1 || start.line !== end.line || end.character - start.character !== ref.text.length) return ref.range;
  const parts = ref.rangeEnds ? rangeParts(ref.text) : listParts(ref.text);
  const part = parts?.[i];
  if (!parts || parts.length !== count || !part) return ref.range;
  return { start: { line: start.line, character: start.character + part[0] }, end: { line: start.line, character: start.character + part[1] } };
}

/** `[start, end)` of the two ends of `TASK-0001..0020`, `TASK-0314–0320`, `TASK-0001-0020`. */
function rangeParts(text: string): [number, number][] | undefined {
  const m = /^(.+?\d)(\.\.\.?|[\u2010\u2011\u2013\u2014-])((?:[A-Za-z]+[-\u2010\u2011])?\d+)$/.exec(text);
  if (!m) return undefined;
  const second = m[1].length + m[2].length;
  return [[0, m[1].length], [second, text.length]];
}

/** `[start, end)` of each item of `TASK-0286/0287/0290`. */
function listParts(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const piece of text.split('/')) {
    out.push([from, from + piece.length]);
    from += piece.length + 1;
  }
  return out;
}
