import type { Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { range, rangesOverlap } from '../text';
import { kindOf, placeholderPatterns } from './placeholderPatterns';
import type { Report } from './rule';
import type { Rule } from './rule';

/**
 * Template placeholder text left in the document: the template's own placeholder strings and their
 * families (see `placeholderPatterns`), wherever a reader would see them, plus header values left
 * exactly as the template has them. An angle-bracket placeholder inside a code span is taken for
 * real code (`<title>` the HTML element), but id and date shapes are placeholders there too
 * (`tasks/TASK-XXXX-...md`). The phase-marker triple `⬜ / 🟨 / ✅` is `phase-marker`'s.
 */
export const placeholder: Rule<'placeholder'> = {
  id: 'placeholder',
  defaultSeverity: 'warning',
  description: 'No template placeholder text is left in.',
  check(a, report) {
    const found: Range[] = [];
    const emit = (r: Range, text: string, replacement?: string): void => {
      found.push(r);
      reportOne(a, report, r, text, replacement);
    };
    titleId(a, emit);
    const { prose, shapes, code } = placeholderPatterns(a.template);
    // One pass over the whole text first: a document without any placeholder (most) never needs
    // its prose spans built.
    if (prose && anywhere(prose, a.doc.text.text)) {
      for (const span of a.doc.prose) {
        const re = span.code ? shapes : prose;
        if (re) scan(re, span.text, (start, text) => emit(range(span.line, span.character + start, span.line, span.character + start + text.length), text));
      }
    }
    const fm = a.doc.frontMatter;
    if (fm && prose) for (let l = fm.startLine + 1; l < fm.endLine - 1; l++) scanLine(a, prose, l, emit);
    if (code) {
      for (const block of a.doc.codeBlocks) {
        code.lastIndex = 0;
        if (!code.test(block.content)) continue;
        for (let l = block.contentStart; l < block.contentEnd; l++) scanLine(a, code, l, emit, block.content);
      }
    }
    templateValues(a, found, report);
  },
};

function anywhere(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

function scan(re: RegExp, text: string, onMatch: (start: number, text: string) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) onMatch(m.index, m[0]);
}

/**
 * One source line. In a code block, `<x>` is real markup (not a placeholder) when the block also
 * closes it with `</x>`.
 */
function scanLine(a: DocumentAnalysis, re: RegExp, line: number, emit: (r: Range, text: string) => void, block?: string): void {
  scan(re, a.doc.text.line(line), (start, text) => {
    if (block !== undefined && text.startsWith('<') && block.includes(`</${text.slice(1)}`)) return;
    emit(range(line, start, line, start + text.length), text);
  });
}

/** The title's id when it is the template's `RFC-XXXX` (or any id the parser could not read as a number). */
function titleId(a: DocumentAnalysis, emit: (r: Range, text: string, replacement?: string) => void): void {
  const t = a.doc.title;
  if (!t?.id || t.canonicalId) return;
  emit(t.id.range, t.id.text, a.fileId);
}

function reportOne(a: DocumentAnalysis, report: Report<'placeholder'>, r: Range, text: string, replacement?: string): void {
  const kind = kindOf(text);
  if (kind === 'date') {
    report(r, `"${text}" is a template placeholder; write the date (today is ${a.today}).`, { placeholder: text, kind });
  } else if (kind === 'id') {
    const right = replacement ? `use this file's id ${replacement}` : 'write the real id of the document meant';
    report(r, `"${text}" is a template placeholder; ${right}.`, { placeholder: text, kind, ...(replacement ? { replacement } : {}) });
  } else {
    report(r, `Template placeholder "${text}" is still here; replace it with this RFC's own text.`, { placeholder: text, kind });
  }
}

/** A value that offers choices or stands for one: `Draft / In Progress / Complete`, `{proposed | accepted}`, `<status>`. */
const CHOICES_RE = /[/|,<>{}[\]]/;
/** Choices marked as such: `a / b`, `a | b`, a stand-in in brackets; not a comma, which also joins a document's own list. */
const STRONG_CHOICES_RE = /[/|<>{}[\]]/;
/**
 * Besides choices or a stand-in (`CHOICES_RE`), what marks a value written to be replaced: a
 * direction in parentheses, emphasis (`*if applicable*`), an ellipsis, or a placeholder word (`TBD`,
 * `Jane Doe`'s "name").
 */
const EXAMPLE_MARK_RE = /[()*_`…]|\.\.\.|\b(?:TBD|TBA|TODO|XXX+|N\/?A|fill|your|example|name|title|description)\b/i;
const NULL_RE = /^(?:null|~)$/i;
/** A value that says "not decided yet". */
const UNDECIDED_RE = /^(?:TBD|TBA|TBC|N\/?A|none|unknown)$/i;

/**
 * Header fields whose value is still the template's example (`Draft / In Progress / Complete`, the
 * template's owners). A value that holds a placeholder already reported (`YYYY-MM-DD`) is not
 * reported twice.
 */
function templateValues(a: DocumentAnalysis, found: readonly Range[], report: Report<'placeholder'>): void {
  for (const t of a.template.fields) {
    // A value the template says to leave (`(leave this empty)`, "Leave as is", `# Keep this`) is no placeholder.
    if (t.value === '' || t.mayBeEmpty || t.keep) continue;
    const f = a.field(t.key);
    if (!f || f.value.trim() !== t.value) continue;
    if (found.some((r) => rangesOverlap(r, f.valueRange))) continue;
    // A template whose status is one status, not a choice (Ethereum's `status: Draft`, Swift's
    // `**Awaiting review**`), gives the status a new document starts in: it may well still be in it.
    const status = t.key === 'status' || t.key === a.template.roles.statusField;
    if (status && !CHOICES_RE.test(t.value)) continue;
    // So does one whose choices set one apart in bold (Spinnaker's `_**Proposed**, Accepted, Implemented, Obsolete_`).
    if (status && /\*\*[^*]+\*\*|__[^_]+__/.test(t.value)) continue;
    // A YAML null is no value at all (npm's `implemented_at: null`, which a bot fills in later).
    if (NULL_RE.test(t.value)) continue;
    const role = t.key === a.template.roles.statusField ? `choose one of them for this RFC` : `write this RFC's own ${t.name.toLowerCase()}`;
    // A plain value may be one every document keeps (Cardano's `License: CC-BY-4.0`, one of the two
    // licences its process allows): said quietly, unless the template says to replace it. Choices,
    // brackets and placeholder words are an example.
    // "TBD" alone (Argo CD's `sponsors: - TBD`, kept by 21 of 31 proposals) says the document does not
    // know yet, which may well be true of it: said quietly too.
    // A list of plain words is a choice for a status, and a menu kept whole when it is long (Ember's
    // six teams, "delete teams that aren't relevant"), but a short one may be the document's own
    // (NATS's `Tags: jetstream, client`, true of its JetStream client ADRs): said quietly.
    const choices = status ? CHOICES_RE.test(t.value) : STRONG_CHOICES_RE.test(t.value) || t.value.split(',').length >= 3;
    const loud = (t.replace || choices || EXAMPLE_MARK_RE.test(t.value)) && !UNDECIDED_RE.test(t.value);
    report(f.valueRange, `"${t.value}" is the template's example ${t.name} value; ${role}.`, { placeholder: t.value, kind: 'value' }, loud ? undefined : { hint: true });
  }
}
