import { TextLines } from '../text';
import type { ChecklistItem, CodeBlock, Heading, LimitNotice, PhaseLine, RfcDocument } from '../types';
import { binaryReason } from './binary';
import { BlockCollector } from './blocks';
import { readFrontMatter } from './frontMatter';
import type { Incremental } from './incremental';
import { blockTokensAfterEdit, keepMemo, memoToReuse } from './incremental';
import { normalizeLabel } from './inline';
import { InlineCollector } from './inlineContent';
import { ContentMap, forEachContentLine, MAX_NESTING } from './markdown';
import { blockTokensWithinNesting } from './nesting';
import { lineRange, parsePhaseLine, toMarkers } from './phases';
import type { ParseOptions } from './parseOptions';
import { DEFAULT_PARSE_OPTIONS } from './parseOptions';
import { buildSections } from './sections';
import type { Directive } from './suppressions';
import { buildSuppressions, directivesIn } from './suppressions';
import { isTitleHeading, titleLine } from './title';

/** Files larger than this are analysed up to this size only (one info diagnostic says so). */
export const MAX_PARSE_CHARS = 2_000_000;

const CHECK_RE = /^\[([ xX])\](?=\s|$)/;
const REFDEF_RE = /^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]+)/;

interface ItemFrame {
  readonly level: number;
  sawBlock: boolean;
}

/**
 * Parses an RFC (or any Markdown document read as one) into its model. markdown-it finds the blocks
 * and their lines; the inline scanner finds references and prose inside them. The result holds no
 * markdown-it tokens and is cached by the caller per document version. With `incremental` (an open
 * document), the result is the same as without, computed from the previous version's parse where
 * the edit left it unchanged.
 */
export function parseRfc(path: string, version: number, text: string, options: ParseOptions = DEFAULT_PARSE_OPTIONS, incremental?: Incremental): RfcDocument {
  const lines = new TextLines(text);
  const binary = binaryReason(text);
  if (binary) return unanalysed(path, version, lines, `This file looks binary (${binary}); it is not analysed.`);
  const frontMatter = readFrontMatter(lines);
  const limits: LimitNotice[] = [];
  const reuse = memoToReuse(incremental, options);
  const src = sourceForMarkdownIt(text, lines, frontMatter?.endLine ?? 0, limits);
  const { tokens, tooDeep } = incremental ? blockTokensAfterEdit(src, reuse?.blocks) : blockTokensWithinNesting(src);

  const phases: PhaseLine[] = [];
  const checklist: ChecklistItem[] = [];
  const codeBlocks: CodeBlock[] = [];
  const contentStarts: number[] = [];
  const directives: Directive[] = [];
  const inline = new InlineCollector(options.ids, reuse?.plans, incremental !== undefined);
  const blocks = new BlockCollector(lines, frontMatter, inline, options);
  const headings = blocks.headings;
  /** Lines no top-level token covers, as [from, to) pairs: where markdown-it took link reference definitions. */
  const uncovered: number[] = [];
  let coveredTo = 0;
  const items: ItemFrame[] = [];
  let rowLine = 0;
  let rowCursor = 0;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.map && t.level === 0) {
      if (t.map[0] > coveredTo) uncovered.push(coveredTo, t.map[0]);
      coveredTo = Math.max(coveredTo, t.map[1]);
    }
    switch (t.type) {
      case 'heading_open': {
        // A heading in a quote or a list item is part of that block (`> ## Future possibilities`
        // quoting a template), not a section of the document.
        if (t.level === 0) blocks.heading(Number(t.tag.slice(1)), tokens[i + 1]?.content ?? '', t.map ? t.map[0] : 0);
        i += 2;
        break;
      }
      case 'list_item_open':
        items.push({ level: t.level, sawBlock: false });
        break;
      case 'list_item_close':
        items.pop();
        break;
      case 'paragraph_open': {
        const inl = tokens[i + 1];
        if (!t.map || !inl) break;
        contentStarts.push(t.map[0]);
        const item = items[items.length - 1];
        const firstInItem = item !== undefined && !item.sawBlock && item.level === t.level - 1;
        if (item) item.sawBlock = true;
        const map = blocks.paragraph(inl.content, t.map[0], t.map[1], firstInItem, items.length);
        readParagraph(inl.content, map, firstInItem, items.length, blocks.section);
        i += 2;
        break;
      }
      case 'tr_open':
        rowLine = t.map ? t.map[0] : rowLine;
        rowCursor = 0;
        break;
      case 'inline': {
        // Table cells: their inline tokens have no map; they sit on the current row's line.
        const map = new ContentMap(t.content, rowLine, lines, rowCursor);
        rowCursor = map.column(0) + t.content.length;
        inline.collect(t.content, map, blocks.section);
        break;
      }
      case 'fence':
      case 'code_block': {
        if (!t.map) break;
        contentStarts.push(t.map[0]);
        if (items.length > 0) items[items.length - 1].sawBlock = true;
        const fenced = t.type === 'fence';
        const closed = !fenced || fenceClosed(t.content, t.map);
        codeBlocks.push({
          info: t.info.trim(),
          content: t.content,
          contentStart: fenced ? t.map[0] + 1 : t.map[0],
          contentEnd: fenced && closed ? t.map[1] - 1 : t.map[1],
          range: lines.linesRange(t.map[0], t.map[1]),
          section: blocks.section,
          ...(fenced ? { fence: t.markup } : {}),
          closed,
        });
        break;
      }
      case 'html_block':
        if (!t.map) break;
        directivesIn(t.content, t.map[0], directives);
        if (!onlyComments(t.content)) contentStarts.push(t.map[0]);
        break;
      case 'hr':
      case 'table_open':
      case 'blockquote_open':
        if (t.map && t.type !== 'hr') contentStarts.push(t.map[0]);
        if (t.map && t.type === 'table_open' && t.level === 0) blocks.table(t.map[0], t.map[1]);
        break;
    }
  }

  uncovered.push(coveredTo, lines.lineCount);
  const definitions = new Map<string, string>();
  let lower: string | undefined;
  for (let g = 0; g < uncovered.length; g += 2) {
    for (let l = Math.max(uncovered[g], frontMatter?.endLine ?? 0); l < Math.min(uncovered[g + 1], lines.lineCount); l++) {
      if (lines.lineLength(l) === 0) continue;
      const def = REFDEF_RE.exec(lines.line(l));
      if (!def) continue;
      // `[^note]: …` is a footnote on GitHub, whose text is prose, not a link's destination: the
      // section it stands in has content (Aptos's `## References` of footnotes only).
      if (def[1].startsWith('^')) {
        contentStarts.push(l);
        continue;
      }
      const label = normalizeLabel(def[1]);
      inline.collectDestination(def[2], new ContentMap(def[2], l, lines), sectionAtLine(headings, l, options), () => (labelUsed((lower ??= lines.text.toLowerCase()), label) ? undefined : def[1]));
      // The first definition of a label is the one that counts.
      if (!definitions.has(label)) definitions.set(label, def[2]);
    }
  }
  inline.settleReferenceLinks(definitions);
  if (tooDeep.length > 0) {
    const more = tooDeep.length > 1 ? ` (and ${tooDeep.length - 1} more place${tooDeep.length > 2 ? 's' : ''})` : '';
    limits.push({
      message: `Lists or quotes nest deeper than ${MAX_NESTING} levels here${more}; what lies that deep is not analysed.`,
      range: lines.lineRange(tooDeep[0]),
    });
  }
  directives.push(...inline.directives);

  const parsed = new ParsedRfc(inline, {
    path,
    version,
    text: lines,
    analysed: true,
    ...(frontMatter ? { frontMatter } : {}),
    headings,
    ...titleLine(headings, options),
    header: blocks.header.fields(),
    paragraphs: blocks.paragraphs,
    sections: buildSections(headings, contentStarts, lines.lineCount, options.sectionLevel, options.hasTitle),
    phases,
    checklist,
    references: inline.references,
    ...(inline.linkTextReferences.length > 0 ? { linkTextReferences: inline.linkTextReferences } : {}),
    codeBlocks,
    suppressions: buildSuppressions(directives, lines.lineCount, (l) => lines.lineLength(l) === 0 || lines.line(l).trim() === ''),
    limits,
  });
  if (incremental && inline.plans) keepMemo(parsed, { options, blocks: tooDeep.length === 0 ? { src, tokens } : undefined, plans: inline.plans });
  return parsed;

  /** Checklist items and phase lines, read from a paragraph's lines. */
  function readParagraph(content: string, map: ContentMap, firstInItem: boolean, depth: number, sec: number): void {
    forEachContentLine(content, map, (part, n) => {
      const line = map.firstLine + n;
      if (n === 0 && firstInItem && part.charCodeAt(0) === 0x5b) {
        const check = CHECK_RE.exec(part);
        if (check) {
          const col = map.column(n);
          checklist.push({
            line,
            checked: check[1] !== ' ',
            range: lineRange(line, col, col + part.length),
            boxRange: lineRange(line, col, col + 3),
            text: part.slice(3).trim(),
            section: sec,
          });
        }
      }
      if (part.length > 6 && mayBePhase(part) && /phase/i.test(part)) {
        const p = parsePhaseLine(part);
        if (p) {
          const col = map.column(n);
          phases.push({
            line,
            range: lineRange(line, col, col + part.length),
            label: p.label,
            labelRange: lineRange(line, col + p.labelStart, col + p.labelEnd),
            number: p.number,
            name: p.name,
            markers: toMarkers(line, col, p.markers),
            templateTriple: p.templateTriple,
            markerRange: lineRange(line, col + p.markerStart, col + p.markerEnd),
            malformed: p.malformed || (depth === 0 && n === 0 && !firstInItem),
            section: sec,
          });
        }
      }
    });
  }
}

/** The model of a file that is not analysed: nothing in it but the notice that says why. */
function unanalysed(path: string, version: number, lines: TextLines, message: string): RfcDocument {
  return {
    path, version, text: lines, analysed: false, headings: [], header: [], paragraphs: [], sections: [], phases: [], checklist: [], references: [], codeBlocks: [], prose: [],
    suppressions: { file: new Set(), lines: new Map(), regions: [] },
    limits: [{ message, range: lines.lineRange(0) }],
  };
}

/**
 * The text markdown-it sees: front matter lines blanked (so `---` is not read as a rule or a setext
 * underline, and line numbers stay the same), a BOM dropped, and a size cap.
 */
function sourceForMarkdownIt(text: string, lines: TextLines, frontMatterEnd: number, limits: LimitNotice[]): string {
  let src = text;
  if (src.length > MAX_PARSE_CHARS) {
    const cutLine = lines.positionAt(MAX_PARSE_CHARS).line;
    src = src.slice(0, lines.offsetAt({ line: cutLine, character: 0 }));
    const mb = (text.length / 1_000_000).toFixed(1);
    limits.push({
      message: `This file has ${mb} million characters; only the first ${MAX_PARSE_CHARS / 1_000_000} million (to line ${cutLine}) are analysed.`,
      range: lines.lineRange(0),
    });
  }
  if (frontMatterEnd > 0) src = '\n'.repeat(frontMatterEnd) + src.slice(lines.offsetAt({ line: frontMatterEnd, character: 0 }));
  else if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  return src;
}

/**
 * Whether an HTML block holds only comments (and blanks). A loop, not a regular expression: the
 * obvious `(?:<!--[\s\S]*?-->\s*)+$` backtracks exponentially on a line of many comments followed by
 * text, and one such line stalled the parser for minutes.
 */
function onlyComments(html: string): boolean {
  let i = 0;
  for (let n = 0; ; n++) {
    while (i < html.length && /\s/.test(html[i])) i++;
    if (i >= html.length) return n > 0;
    if (!html.startsWith('<!--', i)) return false;
    const close = html.indexOf('-->', i + 4);
    if (close < 0) return false;
    i = close + 3;
  }
}

/**
 * Whether markdown-it found a fence's closing line. A fence token spans its opening line, its content
 * lines and, when closed, the closing line; its content holds one line end per content line (the last
 * may lack one at the end of the document). So the token itself says whether the last line was the
 * closing fence, with markdown-it's own knowledge of the list item it sits in, which a line reader
 * lacks. At the top level this agrees with `closesFence` (lineScanner.ts); a property test holds them
 * to it.
 */
function fenceClosed(content: string, map: readonly [number, number]): boolean {
  let contentLines = 0;
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) contentLines++;
  if (content.length > 0 && !content.endsWith('\n')) contentLines++;
  return contentLines < map[1] - map[0] - 1;
}

function sectionAtLine(headings: readonly Heading[], line: number, options: ParseOptions): number {
  let s = -1;
  for (const [i, h] of headings.entries()) {
    if (h.line > line) break;
    if (h.level === options.sectionLevel && !isTitleHeading(h.level, i, options)) s++;
  }
  return s;
}

/** Phase lines start with `**`, `__`, `-`, `*` or the word itself: a cheap test before the regex. */
function mayBePhase(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === 0x2a || c === 0x5f || c === 0x2d || c === 0x50 || c === 0x70;
}

/**
 * A parsed document. Prose spans are only needed by the placeholder checks, and only when the text
 * has a placeholder, so they are built on first use (a prototype getter: an accessor in an object
 * literal made every parse several times slower).
 */
class ParsedRfc implements RfcDocument {
  readonly path!: string;
  readonly version!: number;
  readonly text!: TextLines;
  readonly analysed!: boolean;
  readonly frontMatter?: RfcDocument['frontMatter'];
  readonly headings!: RfcDocument['headings'];
  readonly title?: RfcDocument['title'];
  readonly header!: RfcDocument['header'];
  readonly paragraphs!: RfcDocument['paragraphs'];
  readonly sections!: RfcDocument['sections'];
  readonly phases!: RfcDocument['phases'];
  readonly checklist!: RfcDocument['checklist'];
  readonly references!: RfcDocument['references'];
  readonly linkTextReferences?: RfcDocument['linkTextReferences'];
  readonly codeBlocks!: RfcDocument['codeBlocks'];
  readonly suppressions!: RfcDocument['suppressions'];
  readonly limits!: RfcDocument['limits'];

  constructor(
    private readonly inline: InlineCollector,
    fields: Omit<RfcDocument, 'prose'>,
  ) {
    Object.assign(this, fields);
  }

  get prose(): RfcDocument['prose'] {
    return this.inline.prose;
  }
}

/**
 * Whether a link of the document uses the definition labelled `label` (normalised): `[label]`
 * anywhere in `lower` (the text in lower case) but as a definition's own `[label]:`. Text in code
 * counts too, so a doubt keeps the definition used.
 */
function labelUsed(lower: string, label: string): boolean {
  const needle = `[${label}]`;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) if (lower[i + needle.length] !== ':') return true;
  return false;
}
