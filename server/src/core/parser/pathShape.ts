/**
 * Is this word a path? The one answer the reference scanner, the resolver and the rules share. Real
 * documents are full of words with slashes and dots that name no file: number pairs (`8080/8081`,
 * `1280/720`), dates (`2026/01/10`), versions (`v1.2/v1.3`), shell flags (`--foo/--bar`), prose
 * (`and/or`, `tasks/RFCs`, `linux/386`), formulas (`GOGC/100`), globs meant as globs (`src/**\/*.rs`),
 * URLs. A word is a path when it has a file extension, starts as a relative path (`./`, `../`), or
 * (in code, where people write folders too) is made of name-like parts joined by slashes; the last
 * kind is only `weak`: it counts when it resolves or starts at a folder of the repository.
 */

/** What a word is, for the reference scanner. */
export type PathShape =
  /** A file path: it has an extension or starts with `./` or `../`. */
  | 'path'
  /** Name-like parts joined by slashes, without extension (`userspace/apps/search`): a path only where it resolves or starts at a repository folder. */
  | 'weak'
  /** Not a path. */
  | 'not';

/** Where the word was written. */
export type PathContext = 'code' | 'prose';

const URL_RE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.|mailto:)/i;
const NUMERIC_RE = /^[+-]?(?:\d+(?:[.,:]\d+)*|\d*[.,]\d+)[%x×]?$/;
const VERSION_RE = /^[vV]?\d+(?:\.\d+)*[a-z]?$|^\d+(?:\.\d+)+-?[A-Za-z]*\d*$/;
const FLAG_RE = /^--?[A-Za-z]/;
/** A file extension: letters and digits after the last dot of the last part, not all digits. */
const EXTENSION_RE = /\.([A-Za-z][A-Za-z0-9_+-]{0,9})$/;
/** A part of a path: a name people give files and folders. */
const NAME_PART_RE = /^[\p{L}\p{N}_@+~.,=-]+$/u;
/** An ellipsis standing for the rest of a name (`0012-…-split.md`, `TASK-0055-...`). */
const ELLIPSIS_RE = /…|\.\.\./;
/** Parts that mark a glob. */
const GLOB_RE = /[*?[\]{}]/;

/**
 * Whether `word` (already stripped of emphasis, trailing punctuation and location suffixes) is a
 * path, written in code (a code span or a link destination) or in prose.
 */
export function pathShape(word: string, context: PathContext): PathShape {
  if (word.length < 3 || URL_RE.test(word) || word.includes('@') && !word.includes('/')) return 'not';
  // A Windows or network path (`C:\\x`, `\\\\server\\share`) names a file of one machine: a path, reported as outside.
  if (/^(?:\\\\|[A-Za-z]:[\\/])\S/.test(word)) return 'path';
  const relative = word.startsWith('./') || word.startsWith('../');
  const parts = word.split('/');
  const last = parts[parts.length - 1];
  // Every part a number, a date, a version or a flag: `8080/8081`, `2026/01/10`, `v1.2/v1.3`, `--a/--b`.
  const meaningful = parts.filter((p) => p !== '' && p !== '.' && p !== '..');
  if (meaningful.length === 0) return 'not';
  if (meaningful.every((p) => NUMERIC_RE.test(p) || VERSION_RE.test(p) || FLAG_RE.test(p))) return 'not';
  if (meaningful.some((p) => FLAG_RE.test(p))) return 'not';
  // A glob meant as a glob (`src/**/*.rs`, `*.md`) names many files, no file in particular.
  if (GLOB_RE.test(word) && (word.includes('**') || /(^|\/)\*/.test(word))) return 'not';
  if (!meaningful.every((p) => NAME_PART_RE.test(p) || GLOB_RE.test(p) || ELLIPSIS_RE.test(p))) return 'not';
  const extension = EXTENSION_RE.exec(last);
  if (extension) {
    // `e.g.`, `i.e.` and `v1.2` end in no real extension; a bare name needs a stem before the dot.
    const stem = last.slice(0, last.length - extension[0].length);
    // In prose a bare file name is ours only as a document (`colors.md`); `lib.rs` and `Cargo.toml`
    // in a sentence are as often another project's files.
    const bareInProse = context === 'prose' && parts.length === 1 && !isMarkdownPath(last);
    if (stem.length > 0 && !VERSION_RE.test(last) && !bareInProse) return 'path';
  }
  if (relative) return meaningful.length > 0 ? 'path' : 'not';
  if (parts.length < 2 || last === '' && parts.length < 3) return 'not';
  // Prose with slashes is words (`and/or`, `tasks/RFCs`); in code, a folder path is written that way.
  if (context === 'prose') return 'not';
  // A part with a capital letter after the first part, or a single letter, reads as prose (`I/O`).
  if (meaningful.some((p) => p.length === 1 && !/\d/.test(p))) return 'not';
  return 'weak';
}

/**
 * The path a written location names: `file.md:51`, `file.rs:120-140`, `file.rs:168/185`,
 * `file.md#anchor`, `file.rs#L12` → the file. A `#` that a slash or another `#` follows is no anchor
 * (`../assets/eip-###/x.png`, a pattern): the word is left whole, and is then no path.
 */
export function stripLocation(written: string): string {
  return written.replace(/#[^#/]*$/, (anchor) => (written.indexOf('#') === written.length - anchor.length ? '' : anchor)).replace(/:\d+(?:[-\u2013/:]\d+)*$/, '');
}

/** Whether a path names a Markdown file (`.md`, `.markdown`). */
export function isMarkdownPath(path: string): boolean {
  return MARKDOWN_RE.test(path);
}

const MARKDOWN_RE = /\.(?:md|markdown)$/i;
