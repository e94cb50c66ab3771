import type { Range } from 'vscode-languageserver-types';
import type { ProseSpan, Reference, ReferenceStyle } from '../types';
import { normalizeLabel, scanInline } from './inline';
import type { ReferenceLinkSpan } from './inline';
import type { ContentMap } from './markdown';
import { upperBoundBy } from '../sorted';
import type { IdGrammar } from '../idGrammar';
import { DEFAULT_ID_GRAMMAR } from '../idGrammar';
import { findReferences } from './references';
import type { RawReference } from './references';
import type { Directive } from './suppressions';
import { directivesIn } from './suppressions';

/**
 * What a block's inline content must hold for it to name anything or carry a directive: a path
 * character, an id prefix, a link destination or a comment. Blocks without any of these (most
 * prose) are not scanned while parsing.
 */
const WORTH_SCANNING_RE = /\/|\.md|`|\]\(|<!--/i;
/** A link destination with a scheme (`https:`, `mailto:`) or protocol-relative (`//host`). */
const URL_DEST_RE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:|\/\/)/;

interface InlineRecord {
  readonly content: string;
  readonly map: ContentMap;
  readonly section: number;
}

/**
 * Collects what the inline content of blocks holds: references and comment directives while
 * parsing, prose spans (for the placeholder checks) only when first asked for.
 */
export class InlineCollector {
  readonly references: Reference[] = [];
  /** References in a link's text that its destination names already (see `RfcDocument.linkTextReferences`). */
  readonly linkTextReferences: Reference[] = [];
  readonly directives: Directive[] = [];
  private readonly records: InlineRecord[] = [];
  /** References written inside brackets that may be a reference link, with the label of those brackets. */
  private readonly bracketed = new Map<Reference, ReferenceLinkSpan>();
  private proseSpans: ProseSpan[] | undefined;

  /** Prose and code-span text of every block, one span per line, built on first use. */
  get prose(): readonly ProseSpan[] {
    if (!this.proseSpans) {
      this.proseSpans = [];
      for (const r of this.records) {
        for (const seg of scanInline(r.content)) {
          if (seg.kind === 'text' || seg.kind === 'code') this.addProse(r.content.slice(seg.start, seg.end), seg.start, seg.kind === 'code', r.map, r.section);
        }
      }
    }
    return this.proseSpans;
  }

  /** How many inline blocks were collected: a reference's `block` says which one it is in. */
  private blocks = 0;

  /**
   * The plans of this parse by content, kept for the next version of an open document (absent for
   * one-shot parses); `previousPlans` are the previous version's.
   */
  readonly plans: Map<string, readonly Step[]> | undefined;

  constructor(
    private readonly grammar: IdGrammar = DEFAULT_ID_GRAMMAR,
    private readonly previousPlans?: InlinePlans,
    record = false,
  ) {
    this.plans = record ? new Map() : undefined;
  }

  /** Records the content of one inline token (mapped to the source by `map`) and scans it if worth it. */
  collect(content: string, map: ContentMap, section: number): void {
    this.records.push({ content, map, section });
    const block = this.blocks++;
    let steps = this.previousPlans?.get(content);
    if (steps === undefined) {
      if (!WORTH_SCANNING_RE.test(content) && !this.grammar.mayMention(content)) steps = NOTHING;
      else steps = plan(content, this.grammar);
    }
    this.plans?.set(content, steps);
    for (const step of steps) {
      if (step.directives) directivesIn(step.text, map.positionAt(step.base).line, this.directives);
      else this.addReferences(step.found, step.style, step.text, step.base, map, section, block, step.linkText ? this.linkTextReferences : this.references, step.brackets);
    }
  }

  /**
   * Settles the references written inside brackets, once the document's link reference definitions
   * (`definitions`: normalised label → destination) are known. The text of a reference link whose
   * destination is a URL names nothing here, as an inline link's does not (`[RFC-3683]` with
   * `[RFC-3683]: https://…/pull/3683`), and the label of a full reference (`[text][Registry.md]`) is
   * a name for its definition, not a mention. Brackets whose label is not defined are text.
   */
  settleReferenceLinks(definitions: ReadonlyMap<string, string>): void {
    if (this.bracketed.size === 0 || definitions.size === 0) return;
    const keep = (r: Reference): boolean => {
      const span = this.bracketed.get(r);
      if (span === undefined) return true;
      const dest = definitions.get(normalizeLabel(span.label));
      return dest === undefined || (!span.labelPart && !URL_DEST_RE.test(dest));
    };
    for (const list of [this.references, this.linkTextReferences]) {
      const kept = list.filter(keep);
      if (kept.length !== list.length) list.splice(0, list.length, ...kept);
    }
  }

  /**
   * A link reference definition's destination (`[spec]: docs/adr/0001-x.md`): a link's target, as
   * sure a reference as an inline link's, unless no link uses the definition (`unusedLabel` gives its
   * label then), which a reader never sees.
   */
  collectDestination(dest: string, map: ContentMap, section: number, unusedLabel: () => string | undefined): void {
    const block = this.blocks++;
    if (URL_DEST_RE.test(dest.trim())) return;
    const from = this.references.length;
    this.addReferences(findReferences(dest, 'linkDest', this.grammar), 'link', dest, 0, map, section, block);
    // Asked only of a definition that names something: most name a URL or nothing.
    const unused = from < this.references.length ? unusedLabel() : undefined;
    if (unused !== undefined) for (let i = from; i < this.references.length; i++) this.references[i] = { ...this.references[i], unusedDefinition: unused };
  }

  private addReferences(found: readonly RawReference[], style: ReferenceStyle, text: string, base: number, map: ContentMap, section: number, block: number, into: Reference[] = this.references, brackets?: readonly (ReferenceLinkSpan | undefined)[]): void {
    for (let i = 0; i < found.length; i++) {
      const r = found[i];
      const range: Range = { start: map.positionAt(base + r.start), end: map.positionAt(base + r.end) };
      const ref: Reference = {
        range,
        text: text.slice(r.start, r.end),
        style,
        ...(r.path !== undefined ? { path: r.path } : {}),
        ids: r.ids,
        ...(r.rangeEnds ? { rangeEnds: r.rangeEnds } : {}),
        ...(r.weak ? { weak: true } : {}),
        ...(r.loose ? { loose: true } : {}),
        line: range.start.line,
        section,
        block,
      };
      into.push(ref);
      const span = brackets?.[i];
      if (span !== undefined) this.bracketed.set(ref, span);
    }
  }

  private addProse(text: string, base: number, code: boolean, map: ContentMap, section: number): void {
    let offset = 0;
    for (;;) {
      const nl = text.indexOf('\n', offset);
      const line = nl < 0 ? text.slice(offset) : text.slice(offset, nl);
      // Leading blanks are never prose, and may be spaces markdown-it made of a tab (see ContentMap).
      const lead = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      const part = line.slice(lead);
      if (part.length > 0) {
        const p = map.positionAt(base + offset + lead);
        (this.proseSpans ??= []).push({ text: part, line: p.line, character: p.character, code, section });
      }
      if (nl < 0) return;
      offset = nl + 1;
    }
  }
}

/** A URL in inline content, up to where prose or Markdown syntax takes over. */
const URL_IN_TEXT_RE = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s<>()[\]`]+/g;

/**
 * The file names the URLs of a block end with: a bare `SPEC.md` beside a link to
 * `https://github.com/…/embroider/blob/master/SPEC.md` names that project's file, not one of ours.
 */
function urlFileNames(content: string): Set<string> {
  const names = new Set<string>();
  for (const m of content.matchAll(URL_IN_TEXT_RE)) {
    const url = m[0].replace(/[?#].*$/, '').replace(/[.,;:!]+$/, '');
    names.add(url.slice(url.lastIndexOf('/') + 1));
  }
  return names;
}

/**
 * The brackets (of a possible reference link) that hold [start, end), if any. The scanner records
 * brackets in order and never nested (brackets that hold brackets are left out), so the ones to look
 * at start at the last start at or before `start`: a binary search, not a scan per reference. The
 * label of a full reference is recorded twice at one start (as its label, then as brackets of its
 * own); the first record wins, as it did when the spans were scanned in order.
 */
function bracketsOf(spans: readonly ReferenceLinkSpan[], start: number, end: number): ReferenceLinkSpan | undefined {
  let i = upperBoundBy(spans, start, (s) => s.start) - 1;
  while (i > 0 && spans[i - 1].start === spans[i].start) i--;
  const s = spans[i];
  return s !== undefined && end <= s.end ? s : undefined;
}

/** The plans of a parse by inline content, for the next parse of the same open document. */
export type InlinePlans = ReadonlyMap<string, readonly Step[]>;

/** What one inline content names, apart from where it is: references found in its segments, and comments. */
type Step =
  | { readonly directives: true; readonly text: string; readonly base: number }
  | {
      readonly directives?: undefined;
      readonly found: readonly RawReference[];
      readonly style: ReferenceStyle;
      readonly text: string;
      readonly base: number;
      readonly linkText: boolean;
      /** For each of `found`, the brackets it is written in that may be a reference link. */
      readonly brackets?: readonly (ReferenceLinkSpan | undefined)[];
    };

const NOTHING: readonly Step[] = [];

/** The references and comments in `content`, by segment: a pure function of the text, so an open document's unchanged blocks reuse it. */
function plan(content: string, grammar: IdGrammar): readonly Step[] {
  const steps: Step[] = [];
  const refLinks: ReferenceLinkSpan[] = [];
  const segments = scanInline(content, refLinks);
  const destIds = new Map<number, readonly string[]>();
  /** Link destinations that are URLs: the text of such a link names nothing here. */
  const urlDests = new Set<number>();
  /** The file names the block's URLs end with, worked out on first need. */
  let urlNames: Set<string> | undefined;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const text = content.slice(seg.start, seg.end);
    switch (seg.kind) {
      case 'comment':
        steps.push({ directives: true, text, base: seg.start });
        break;
      case 'autolink':
        break;
      case 'linkDest': {
        if (URL_DEST_RE.test(text.trim())) {
          urlDests.add(s);
          break;
        }
        const found = findReferences(text, 'linkDest', grammar);
        destIds.set(s, found.flatMap((r) => r.ids));
        steps.push({ found, style: 'link', text, base: seg.start, linkText: false });
        break;
      }
      case 'code':
      case 'text': {
        if (seg.linkDest !== undefined && urlDests.has(seg.linkDest)) break;
        // An image's text describes the picture (`![Error: … blog -> columbia.md …](../assets/x.png)`): it names nothing to follow.
        if (seg.linkDest !== undefined && segments[seg.linkDest].image) break;
        const style: ReferenceStyle = seg.kind === 'code' ? 'backtick' : 'bare';
        let found = findReferences(text, style, grammar);
        const linkIds = seg.linkDest === undefined ? undefined : destIds.get(seg.linkDest);
        // `[TASK-0003](tasks/TASK-0003-x.md)` names one document once, by its destination.
        if (linkIds && linkIds.length > 0) {
          const named = (r: RawReference): boolean => r.path === undefined && r.ids.every((id) => linkIds.includes(id));
          steps.push({ found: found.filter(named), style, text, base: seg.start, linkText: true });
          found = found.filter((r) => !named(r));
        }
        if (found.length > 0 && content.includes('://')) {
          urlNames ??= urlFileNames(content);
          const names = urlNames;
          found = found.filter((r) => r.path === undefined || r.path.includes('/') || r.ids.length > 0 || !names.has(r.path));
        }
        const brackets = refLinks.length > 0 ? found.map((r) => bracketsOf(refLinks, seg.start + r.start, seg.start + r.end)) : undefined;
        steps.push({ found, style, text, base: seg.start, linkText: false, ...(brackets?.some((b) => b !== undefined) ? { brackets } : {}) });
        break;
      }
    }
  }
  return steps;
}
