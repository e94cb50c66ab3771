/**
 * Generators of RFC-shaped Markdown for the property tests. Random strings alone almost never reach
 * the interesting code (a phase line, a header field, a loose reference), so documents are built
 * from the pieces real repositories write (PRODUCT.md, "Real repositories are messy"), in every
 * form, and then roughened with the characters and line ends that break naive parsers.
 */
import fc from 'fast-check';
import { BUILTIN_TEMPLATES, cleanRfc } from '../helpers';

const TEMPLATE = BUILTIN_TEMPLATES.rfc;
/** The template cut before each `## `: the title and header first, then one piece per section. */
const TEMPLATE_PIECES = TEMPLATE.split(/^(?=## )/m);
const TEMPLATE_LINES = TEMPLATE.split('\n');

/** Characters that upset scanners: controls, NUL, BOM, separators, bidi overrides, lone surrogates. */
export const ODD_CHARS = [
  '\0', '\u0001', '\u0007', '\b', '\t', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029',
  '\ufeff', '\ufffd', '\ud800', '\udfff', '\ud83d', '\u200b', '\u202e', '\u2011', '\u2010', '\u2013', '\u2014', '…',
  'é', 'Ã©', 'â€œ', 'âœ…', 'ğŸŸ¨', '🟨', '✅', '⬜', '𝔘', 'ß', 'İ', '\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '#', '|', ':', '/',
];

const oddChar = fc.constantFrom(...ODD_CHARS);

/** A short run of any code points, odd characters or lone surrogates. */
export const noise: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.string({ unit: oddChar, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** Ids in every spelling: padded or not, lower case, Unicode hyphens, suffixes, placeholders. */
export const idArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('RFC', 'TASK', 'ADR', 'rfc', 'Task'),
    fc.constantFrom('-', '-', '-', '\u2011', '\u2010'),
    fc.constantFrom('0001', '0002', '0003', '0005', '1', '0009', '9999', '0000', '000001', '1234567', 'XXXX', 'NNNN', '000Y'),
    fc.constantFrom('', '', '', 'B', 'b', 'x'),
  )
  .map(([prefix, hyphen, digits, suffix]) => `${prefix}${hyphen}${digits}${suffix}`);

/** Paths and id forms as people write them: exact, abbreviated, globbed, suffixed, relative, hostile. */
const PATHS = [
  'tasks/TASK-0001-first-step.md', 'tasks/TASK-0002-networking.md', 'tasks/TASK-0003B-storage.md', 'docs/adr/0005-use-markdown.md',
  'docs/rfcs/RFC-0002-other.md', 'tasks/TASK-0001-…', 'tasks/TASK-0001-...', 'docs/rfcs/RFC-0002-...md', 'docs/rfcs/RFC-0002-*.md',
  'tasks/TASK-0001', 'tasks/TASK-0001-first-step.md:51', 'tasks/TASK-0001-first-step.md:51-60', 'tasks/TASK-0002-networking.md#proof',
  '#anchor', '../../tasks/TASK-0001-first-step.md', './RFC-0002-other.md', 'RFC-0002-other.md', '../adr/0005-use-markdown.md',
  '../../../etc/passwd', '../../../../x.md', '/etc/passwd', '/home/me/repo/tasks/TASK-0001-first-step.md', '~/notes.md', 'C:\\rfc.md',
  '\\\\server\\share.md', 'TASK-0001..0020', 'TASK-0314–0320', 'TASK-0001...0003', 'TASK-0286/0287/0290', 'RFC-0001/RFC-0002',
  'TASK\u20110001', 'RFC\u20100002', 'docs/', 'tasks/RFCs', 'docs/adr/', 'and/or', 'https://example.com/tasks/TASK-0001.md',
  'tasks/TASK-0009-missing.md', 'tasks/TASK-XXXX-...md', 'docs/adr/XXXX-...md', 'README.md', 'docs', 'tasks/TASK-0001%20x.md',
  '%2e%2e/%2e%2e/x.md', 'tasks/TASK-0001-first-step.md?x=1', 'docs/rfcs/', 'tasks//TASK-0001-first-step.md', './', '..', '.md',
];
export const pathArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PATHS) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('tasks/', 'docs/rfcs/', 'docs/adr/', '../', ''), idArb, fc.constantFrom('', '.md', '-x.md', '-…', ':7')).map((p) => p.join('')) },
);

/** A reference in one of the forms Markdown allows. */
export const referenceArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(pathArb, idArb), fc.nat(9), fc.constantFrom('x', 'TASK-0001', '`a`', '', '[n]'))
  .map(([target, form, text]) => {
    switch (form) {
      case 0: return target;
      case 1: return `\`${target}\``;
      case 2: return `[${text}](${target})`;
      case 3: return `[${text}](<${target} x>)`;
      case 4: return `[${text}](${target} "title")`;
      case 5: return `**${target}**`;
      case 6: return `<${target}>`;
      case 7: return `[${text}][${target}]`;
      default: return `(${target}),`;
    }
  });

const WORDS = ['the', 'design', 'Phase', 'phase 1', 'Status', '@alice', 'RFC', 'TODO', '<goal 1>', '<crate>', '<Title>', 'YYYY-MM-DD', 'RFC-XXXX', 'XXXX', 'é', '—', '...', 'cd /home/me/repo && make', '~', '&amp;', '<br>', '<details>'];

/** One line of prose: words, references, emphasis, code spans, comments. */
export const inlineArb: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 3, arbitrary: referenceArb }, { weight: 1, arbitrary: noise }, { weight: 1, arbitrary: fc.constantFrom('`', '**', '_', '[', '](', ')', '<!--', '-->', '\\', '``', '![i](x.png)') }), { maxLength: 8 })
  .map((parts) => parts.join(' '));

const FIELD_NAMES = ['Status', 'Owners', 'Owner', 'Authors', 'Created', 'Last Updated', 'Updated', 'Links', 'Tasks', 'ADRs', 'Related RFCs', 'Date', 'Reviewers'];
const FIELD_VALUES = [
  'Draft', 'In Progress', 'Complete', '**In progress**', 'Done (2026-07-21)', 'Complete — phases 0–2', 'Accepted', 'Superseded', 'Implemented',
  'Draft / In Progress / Complete', 'Wibble', '', ' ', '2026-01-10', 'YYYY-MM-DD', '2026-13-45', '10/01/2026', 'Jan 5, 2026', '5th March 2026',
  '2026-01-10 (Phase 1b proven)', '2099-01-01', '0000-00-00', '@alice / @bob', 'alice', '@org/team', 'Alice (@alice)', 'n/a', '@', '@kernel-team / @runtime / @tools-team',
];
const FIELD_FORMS = ['- {n}: {v}', '**{n}:** {v}', '- **{n}**: {v}', '{n}: {v}', '__{n}__: {v}', '* {n}: {v}', '  - {n}: {v}', '- {n}:{v}', '-{n}: {v}', '- {n} : {v}'];

/** A header field line in any of the forms people use, sometimes wrapped onto a second line. */
export const headerLineArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FIELD_FORMS), fc.constantFrom(...FIELD_NAMES), fc.oneof(fc.constantFrom(...FIELD_VALUES), inlineArb), fc.option(fc.constantFrom('  continued here', '  (note)', '  - Tasks: `tasks/TASK-0001-…`'), { freq: 4 }))
  .map(([form, name, value, wrap]) => form.replace('{n}', name).replace('{v}', value) + (wrap ? `\n${wrap}` : ''));

const MARKERS = ['⬜', '🟨', '✅', '⬜ / 🟨 / ✅', '[x]', '[X]', '[ ]', '🟢', '🟩', '🟡', '❌', 'Complete', 'done', 'in progress', '✅ ✅', '✅/🟨', '', '✔️', '⏸', 'âœ…'];

/** A phase line with every marker, label and bullet, malformed ones included. */
export const phaseLineArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('- ', '-- ', '* ', '', '  - ', '1. ', '-', '> - '),
    fc.constantFrom('**', '__', '', '**'),
    fc.constantFrom('0', '1', '2', '3', '1a', '2B', '12', '999', '01', ''),
    fc.constantFrom('', ' (contract)', ' (<short name>)', ' (unclosed', ' ((nested) x)', ' (TASK-0001)'),
    fc.constantFrom('**: ', ':** ', ': ', '** ', '', '**:'),
    fc.constantFrom(...MARKERS),
    fc.constantFrom('', ' (note)', ' — TASK-0002 done', ' (proven 2026-01-10)', ' x'),
  )
  .map(([bullet, em, label, name, colon, marker, note]) => `${bullet}${em}Phase ${label}${name}${em ? colon : colon.replace(/\*/g, '')}${marker}${note}`);

/** A checklist item, well or badly formed. */
export const checklistArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('- [ ] ', '- [x] ', '- [X] ', '* [ ] ', '-[ ] ', '- [ ]', '  - [x] ', '- [] ', '1. [x] '), inlineArb)
  .map(([box, text]) => box + text);

/** A code block: fenced with or without its closing fence, indented, or with an info string. */
export const codeBlockArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('```', '~~~', '````', '```bash', '   ```', '``` ', '```sh {x}'), fc.array(fc.oneof(fc.constantFrom('cd /home/me/repo && cargo test', 'cargo test -p <crate> <filter>', '## not a heading', '- Status: Draft', 'TASK-0001', '```', '~~~'), inlineArb), { maxLength: 4 }), fc.constantFrom('```', '~~~', '````', '', '  ```', '```x'))
  .map(([open, body, close]) => [open, ...body, ...(close ? [close] : [])].join('\n'));

/** HTML comments, suppression directives among them, some left open. */
export const commentArb: fc.Arbitrary<string> = fc.constantFrom(
  '<!-- rfc-author-disable-next-line broken-link -->', '<!-- rfc-author-disable -->', '<!-- rfc-author-enable -->',
  '<!-- rfc-author-disable unknown-id, broken-link -->', '<!-- rfc-author-enable broken-link -->', '<!-- rfc-author-disable-file -->',
  '<!-- rfc-author-disable-file placeholder -->', '<!-- rfc-author-disable-line title-format -->', '<!-- rfc-author-disable-next-line -->',
  '<!-- a comment with TASK-0009 -->', '<!-- unclosed', '-->', '<!--\nmulti-line\n## Goals\n-->', '<!-- a --><!-- b -->', '<!---->', '<!-- rfc-author-disable',
  'text <!-- rfc-author-disable-line --> text', '<div>\nhtml block TASK-0009\n</div>',
);

/** A table with reference-carrying cells, sometimes malformed. */
export const tableArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(inlineArb, { minLength: 1, maxLength: 3 }), fc.array(fc.array(inlineArb, { maxLength: 3 }), { maxLength: 3 }), fc.boolean())
  .map(([head, rows, sep]) => {
    const row = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`;
    return [row(head), ...(sep ? [`|${head.map(() => '---').join('|')}|`] : []), ...rows.map(row)].join('\n');
  });

/** Front matter: valid YAML, the invalid YAML real task files hold, or only fences. */
export const frontMatterArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('---\n', '---\n---\n', '---\n...\n', '---', '\ufeff---\ntitle: BOM\n---\n', '--- \ntitle: x\n---  \n'),
  fc
    .array(
      fc.constantFrom(
        'title: TASK-0001 First step', 'title: A: B', 'status: done', 'status: in-progress', 'owner: @runtime', 'owner: "@runtime"', 'owners: [@a, @b]',
        'created: 2026-01-10', 'depends-on: [TASK-0002, TASK-0003]', 'depends-on: [unclosed', 'follow-up-tasks:\n  - TASK-0002\n  - tasks/TASK-0003B-storage.md',
        'links:\n  - RFC-0001\n  - docs/rfcs/RFC-0002-other.md', ': no key', '  - orphan item', 'notes: |\n  block line TASK-0009\n  second', "title: 'quoted # not comment'",
        'key: value # comment', '\tstatus: tabbed', 'id: TASK-0007', '- RFC-0001', 'rfc: RFC-0002',
      ),
      { maxLength: 6 },
    )
    .map((lines) => `---\n${lines.join('\n')}\n---\n`),
);

/** A title line, right or wrong. */
export const titleArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('# ', '#', '## ', '# ', '#  '), fc.option(idArb, { freq: 5 }), fc.constantFrom(': ', ' — ', ' - ', ' ', ':', ''), fc.oneof(fc.constantFrom('Sample design', '<Title>', '', 'A: B'), inlineArb))
  .map(([hashes, id, sep, title]) => `${hashes}${id ?? ''}${id ? sep : ''}${title}`);

/** A very long line: a piece repeated hundreds or thousands of times. */
export const longLineArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom('a', 'TASK-0001 ', '[', '[a](', '`', '<!-- ', '*', '- ', '> ', 'é', '\ud800', '|', 'tasks/'), referenceArb), fc.integer({ min: 100, max: 3000 }))
  .map(([piece, n]) => piece.repeat(Math.max(1, Math.floor(n / Math.max(1, piece.length) * 4))));

/** One block of a document. */
export const blockArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TEMPLATE_PIECES.slice(1)) },
  { weight: 2, arbitrary: fc.constantFrom('## Status at a Glance', '## Goals', '## Security considerations', '## Proof / validation strategy (required)', '## Checklist (keep current)', '### Proof (Host)', '## ', '#', '##### deep', 'Setext\n===', 'Setext\n---') },
  { weight: 3, arbitrary: headerLineArb },
  { weight: 3, arbitrary: phaseLineArb },
  { weight: 2, arbitrary: checklistArb },
  { weight: 2, arbitrary: codeBlockArb },
  { weight: 2, arbitrary: commentArb },
  { weight: 1, arbitrary: tableArb },
  { weight: 4, arbitrary: inlineArb },
  { weight: 1, arbitrary: fc.constantFrom(...TEMPLATE_LINES) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('> ', '>> ', '- ', '  - ', '1. ', '    ', '\t', '- - ', '> - '), inlineArb).map(([p, t]) => p + t) },
  { weight: 1, arbitrary: fc.constantFrom('', '', '\n\n', '---', '***', '[ref]: tasks/TASK-0001-first-step.md', '[bad]: ../../../etc/passwd') },
  { weight: 1, arbitrary: longLineArb },
);

const EOLS = ['\n', '\r\n', '\r'];

/** Joins lines with one line-end style or a mix of all three, chosen by `style`. */
function withLineEnds(text: string, style: number): string {
  if (style < 3) return text.replace(/\n/g, EOLS[style]);
  let i = style;
  return text.replace(/\n/g, () => EOLS[(i = (i * 7 + 3) % 11) % 3]);
}

/** Inserts `pieces` at fractions of the text's length (a document roughened by stray characters). */
function roughen(text: string, pieces: readonly (readonly [number, string])[]): string {
  let out = text;
  for (const [at, piece] of pieces) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + piece + out.slice(i);
  }
  return out;
}

const roughenArb = fc.array(fc.tuple(fc.nat(), fc.oneof(noise, oddChar, fc.constantFrom('\n', '\r', '\r\n', '\n\n', '\0'))), { maxLength: 3 });

/** A document assembled from front matter, a title and blocks. */
const composedDocArb = fc
  .record({
    bom: fc.boolean(),
    frontMatter: fc.option(frontMatterArb, { freq: 4 }),
    title: fc.option(titleArb, { freq: 6 }),
    blocks: fc.array(blockArb, { maxLength: 25 }),
    gap: fc.constantFrom('\n', '\n\n', '\n\n', ''),
    eol: fc.nat(5),
    rough: roughenArb,
  })
  .map(({ bom, frontMatter, title, blocks, gap, eol, rough }) => {
    const body = [...(title ? [title] : []), ...blocks].join(gap);
    return withLineEnds(roughen((bom ? '\ufeff' : '') + (frontMatter ?? '') + body, rough), eol);
  });

/** Edits to a line list: drop, duplicate, replace with a block, or swap with the next line. */
const lineEditsArb = fc.array(fc.tuple(fc.nat(), fc.nat(3), blockArb), { maxLength: 6 });

function editLines(text: string, edits: readonly (readonly [number, number, string])[]): string {
  const lines = text.split('\n');
  for (const [at, op, block] of edits) {
    const i = at % lines.length;
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, lines[i]);
    else if (op === 2) lines.splice(i, 1, block);
    else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
  }
  return lines.join('\n');
}

/** A clean RFC or the template itself, with lines dropped, repeated, swapped or replaced. */
const editedDocArb = fc
  .tuple(fc.constantFrom(cleanRfc(), cleanRfc('RFC-0001', 'Sample', { status: 'Complete' }), cleanRfc('RFC-XXXX'), TEMPLATE, TEMPLATE.replace(/\n/g, '\r\n')), lineEditsArb, fc.nat(5), roughenArb)
  .map(([base, edits, eol, rough]) => withLineEnds(roughen(editLines(base, edits), rough), base.includes('\r') ? 0 : eol));

/** An RFC-shaped document: assembled from pieces, or a real one damaged. */
export const documentArb: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: composedDocArb }, { weight: 2, arbitrary: editedDocArb }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) });

/** Titles typed into "New RFC": anything, hostile paths and reserved names included. */
export const titleInputArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('.', '/', '\\', ' ', '．', '‥', '…', '%2e', '~', ':', 'C:', 'con', 'nul', '\0', '\u202e', 'a', '-', '_', '\ud800'), maxLength: 30 }),
  fc.constantFrom('../../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'CON', 'nul.md', '.', '..', '', ' ', 'x'.repeat(500)),
);
