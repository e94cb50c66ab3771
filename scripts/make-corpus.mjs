// The pathological corpus: a workspace of inputs that break naive Markdown tools (a 5 MB RFC,
// 10,000 headings, nesting 10,000 deep, 100,000 links on one line, binary and invalid UTF-8,
// every line end, empty files, a folder named like an RFC, a symlink loop). Generated on demand
// into a temporary folder and never committed: test/unit/corpus.test.ts runs the core and the CLI
// over it. `node scripts/make-corpus.mjs [DIR]` writes it and prints where.
import { Buffer } from 'node:buffer';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = fs.readFileSync(fileURLToPath(new URL('../templates/rfc.md', import.meta.url)), 'utf8');

/** A complete RFC on the built-in template: the template with its id, dates and placeholders filled. */
export function filledRfc(id, title) {
  return TEMPLATE.replace('# RFC-XXXX: <Title>', `# ${id}: ${title}`)
    .replace('Draft / In Progress / Complete', 'In Progress')
    .replace('@kernel-team / @runtime / @tools-team', '@alice')
    .replace(/YYYY-MM-DD/g, '2026-01-10')
    .replace('`tasks/TASK-XXXX-...md` (execution + proof)', '`tasks/TASK-0001-first-step.md` (execution + proof)')
    .replace(/\n {2}- ADRs:.*\n {2}- Related RFCs:.*\n/, '\n')
    .replace(/⬜ \/ 🟨 \/ ✅/g, '🟨')
    .replace(/<([^<>\n]{1,80})>/g, '$1');
}

const TASK = '---\ntitle: TASK-0001 First step\nstatus: in-progress\nowner: "@alice"\n---\n\n# TASK-0001: First step\n\nDoes the thing.\n';

/** Repeats `piece` up to `size` characters. */
function repeatTo(piece, size) {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
}

/** 5 MB of RFC: the whole template filled in, then section after section of prose with references. */
function fiveMegabytes() {
  const body = '\n## Context\n\nThe log pipeline links TASK-0001, `tasks/TASK-0001-first-step.md` and [the old design](../adr/0001-gone.md).\n';
  return filledRfc('RFC-0001', 'Five megabytes') + repeatTo(body, 5 * 1024 * 1024);
}

function tenThousandHeadings() {
  let out = filledRfc('RFC-0002', 'Ten thousand headings');
  for (let i = 0; i < 10_000; i++) out += i % 4 === 0 ? `\n## Appendix ${i}\n\nText.\n` : `\n### Note ${i}\n\nText.\n`;
  return out;
}

/** 10,000 levels on one line each, lists of every marker and quotes, and 1,000 levels by indentation. */
function deepLists() {
  let indented = '';
  for (let d = 0; d < 1000; d++) indented += `${' '.repeat(d * 2)}- level ${d}\n`;
  const [head, ...rest] = filledRfc('RFC-0003', 'Deep lists').split('\n## Goals\n');
  return `${head}\n${'- '.repeat(10_000)}deep\n\n${'1. '.repeat(10_000)}deep\n\n${indented}\n## Goals\n${rest.join('\n## Goals\n')}`;
}

function deepQuotes() {
  const [head, ...rest] = filledRfc('RFC-0004', 'Deep quotes').split('\n## Goals\n');
  return `${head}\n${'>'.repeat(10_000)} deep\n\n${'> '.repeat(10_000)}deep\n\n## Goals\n${rest.join('\n## Goals\n')}`;
}

/** 100,000 references on one line, bare ids and links in turn (1.1 million characters). */
function manyLinks() {
  const links = Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? `TASK-${String(i % 10_000).padStart(4, '0')}` : `[l](t${i % 97}.md)`));
  return `${filledRfc('RFC-0006', 'Many links')}\n${links.join(' ')}\n`;
}

/** A clean RFC with invalid UTF-8 here and there (a Latin-1 é, a stray continuation byte, 0xFF). */
function invalidUtf8() {
  const text = Buffer.from(filledRfc('RFC-0007', 'Invalid UTF-8'), 'utf8');
  const at = text.indexOf('What problem exists today?');
  return Buffer.concat([text.subarray(0, at), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0xff, 0x20]), text.subarray(at)]);
}

/** Bytes of a PNG header and noise: a binary file named like an RFC. */
function binary() {
  return Buffer.from(Array.from({ length: 4096 }, (_, i) => (i < 8 ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a][i] : (i * 7919) % 256)));
}

/**
 * What the corpus holds: workspace-relative path → content (text or bytes). Folders and links are
 * made by `makeCorpus`.
 */
export function corpusFiles() {
  return {
    '.rfc-author.json': '{}\n',
    'tasks/TASK-0001-first-step.md': TASK,
    'tasks/TASK-0002-only-dashes.md': '---',
    'docs/rfcs/RFC-0001-five-megabytes.md': fiveMegabytes(),
    'docs/rfcs/RFC-0002-ten-thousand-headings.md': tenThousandHeadings(),
    'docs/rfcs/RFC-0003-deep-lists.md': deepLists(),
    'docs/rfcs/RFC-0004-deep-quotes.md': deepQuotes(),
    'docs/rfcs/RFC-0005-unterminated-fence.md': `\`\`\`\n${filledRfc('RFC-0005', 'Unterminated fence')}`,
    'docs/rfcs/RFC-0006-many-links.md': manyLinks(),
    'docs/rfcs/RFC-0007-invalid-utf8.md': invalidUtf8(),
    'docs/rfcs/RFC-0008-bom.md': `\uFEFF${filledRfc('RFC-0008', 'Byte order mark')}`,
    'docs/rfcs/RFC-0009-crlf.md': filledRfc('RFC-0009', 'CRLF line ends').replace(/\n/g, '\r\n'),
    'docs/rfcs/RFC-0010-cr.md': filledRfc('RFC-0010', 'CR line ends').replace(/\n/g, '\r'),
    'docs/rfcs/RFC-0011-x.md': binary(),
    'docs/rfcs/RFC-0012-empty.md': '',
    'docs/rfcs/RFC-0013-clean.md': filledRfc('RFC-0013', 'Clean'),
    'docs/rfcs/RFC-0014-folder.md/notes.md': '# Notes in a folder named like an RFC\n',
  };
}

/** A file over the host's 20 MB read limit (written only on request: it is the slowest to make). */
export const TOO_BIG = 'docs/rfcs/RFC-0015-too-big.md';

/**
 * Writes the corpus into `dir` (a new temporary folder by default) and returns that folder. With
 * `tooBig`, adds a 21 MB RFC that the host refuses to read.
 */
export function makeCorpus(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rfc-author-corpus-')), { tooBig = false } = {}) {
  const root = fs.realpathSync(dir);
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  for (const [rel, content] of Object.entries(corpusFiles())) {
    const abs = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  if (tooBig) fs.writeFileSync(path.join(root, ...TOO_BIG.split('/')), `# RFC-0015: Too big\n\n${repeatTo('Lorem ipsum dolor sit amet.\n', 21 * 1024 * 1024)}`);
  // A symlink loop under docs/, and a link that leads nowhere.
  fs.symlinkSync('..', path.join(root, 'docs/rfcs/loop'));
  fs.symlinkSync(path.join(root, 'docs'), path.join(root, 'docs/self'));
  fs.symlinkSync(path.join(root, 'docs/rfcs/RFC-9999-gone.md'), path.join(root, 'docs/rfcs/RFC-0016-dangling.md'));
  return root;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (dir) fs.mkdirSync(dir, { recursive: true });
  process.stdout.write(`${makeCorpus(dir, { tooBig: true })}\n`);
}
