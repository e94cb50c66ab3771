/**
 * Reads the paths out of a git index file (`.git/index`, the "DIRC" format, versions 2, 3 and 4;
 * see git's Documentation/gitformat-index.txt). The server and the CLI may not run `git ls-files`
 * (they spawn no processes), so they read what it reads.
 *
 * Kept: regular files and symlinks, as `git ls-files` lists them, each once (the stages of an
 * unmerged path are one file), including entries marked skip-worktree (a sparse checkout: the file
 * belongs to the repository though it is not on disk) and intent-to-add (`git add -N`: on disk, and
 * listed by git). Left out: gitlinks (mode 160000, a submodule: a folder of another repository, not
 * a file) and sparse-directory entries (mode 040000, a collapsed folder of a sparse index, whose
 * files only the object database could list).
 *
 * The trailing checksum is not verified (hashing 5 MB was a tenth of the list's cost at 50,000
 * files): git replaces the index by renaming a complete file, so a torn read cannot happen, and
 * every entry's structure is checked instead (lengths, terminators, modes, and that the entries and
 * extensions fill the file exactly). A byte damaged inside a name yields a name nobody refers to.
 */

/** Why an index cannot be used; the caller falls back to walking the tree. */
export class GitIndexError extends Error {}

/** The index lists more entries than the caller allows. */
export class GitIndexTooLarge extends Error {}

export interface GitIndexListing {
  readonly paths: string[];
  readonly version: number;
  /** Gitlinks (submodules) left out. */
  readonly gitlinks: number;
  /** Sparse-directory entries left out: folders whose files the index does not list. */
  readonly sparseDirectories: number;
}

export interface GitIndexOptions {
  /** `sha1` (20-byte object names) unless the repository's `extensions.objectFormat` says `sha256`. */
  readonly hash?: 'sha1' | 'sha256';
  /** More entries than this is refused (bounded work and memory). */
  readonly maxEntries?: number;
}

const SIGNATURE = 0x44495243; // "DIRC"
const MODE_TYPE_MASK = 0o170000;
const MODE_GITLINK = 0o160000;
const MODE_DIRECTORY = 0o040000;
const FLAG_EXTENDED = 0x4000;
const NAME_LENGTH_MASK = 0x0fff;
/** ctime, mtime (8 bytes each), dev, ino, mode, uid, gid, size (4 bytes each): before the object name. */
const STAT_BYTES = 40;

export function readGitIndex(data: Buffer, options: GitIndexOptions = {}): GitIndexListing {
  const hashBytes = options.hash === 'sha256' ? 32 : 20;
  if (data.length < 12 + hashBytes || data.readUInt32BE(0) !== SIGNATURE) throw new GitIndexError('not a git index (no DIRC signature)');
  const version = data.readUInt32BE(4);
  if (version < 2 || version > 4) throw new GitIndexError(`unsupported index version ${version}`);
  const count = data.readUInt32BE(8);
  if (count > (options.maxEntries ?? Infinity)) throw new GitIndexTooLarge(`the index lists ${count} entries, over the limit of ${options.maxEntries}`);
  const end = data.length - hashBytes;
  const paths: string[] = [];
  let gitlinks = 0;
  let sparseDirectories = 0;
  let pos = 12;
  // Version 4 writes each name as "drop N bytes from the end of the previous name, then append".
  let name: Buffer = Buffer.alloc(256);
  let nameLength = 0;
  let last = '';
  for (let i = 0; i < count; i++) {
    const start = pos;
    const fixed = STAT_BYTES + hashBytes + 2;
    if (start + fixed > end) throw new GitIndexError(`entry ${i} runs past the end of the index`);
    const mode = data.readUInt32BE(start + 24);
    const flags = data.readUInt16BE(start + STAT_BYTES + hashBytes);
    let header = fixed;
    if (flags & FLAG_EXTENDED) {
      if (version < 3) throw new GitIndexError(`entry ${i} has extended flags in a version 2 index`);
      header += 2;
    }
    pos = start + header;
    let path: string;
    if (version === 4) {
      const [drop, after] = readOffsetVarint(data, pos, end);
      const nul = data.indexOf(0, after);
      if (nul < 0 || nul >= end || drop > nameLength) throw new GitIndexError(`entry ${i} has a malformed name`);
      const keep = nameLength - drop;
      const length = keep + (nul - after);
      if (length > name.length) name = growTo(name, keep, length);
      data.copy(name, keep, after, nul);
      nameLength = length;
      path = name.toString('utf8', 0, nameLength);
      pos = nul + 1;
    } else {
      const nul = data.indexOf(0, pos);
      const stated = flags & NAME_LENGTH_MASK;
      if (nul < 0 || nul >= end || (stated < NAME_LENGTH_MASK && nul - pos !== stated)) throw new GitIndexError(`entry ${i} has a malformed name`);
      path = data.toString('utf8', pos, nul);
      // The entry is padded with 1 to 8 NULs to a multiple of 8 bytes.
      pos = start + ((header + (nul - pos) + 8) & ~7);
      if (pos > end) throw new GitIndexError(`entry ${i} runs past the end of the index`);
    }
    const type = mode & MODE_TYPE_MASK;
    if (type === MODE_GITLINK) gitlinks++;
    else if (type === MODE_DIRECTORY) sparseDirectories++;
    else if (path !== last) paths.push((last = path));
  }
  if (readExtensions(data, pos, end).includes('link')) throw new GitIndexError('a split index (its entries live in a shared index file)');
  return { paths, version, gitlinks, sparseDirectories };
}

/**
 * git's "offset" varint (varint.c): 7 bits a byte, high bit set on all but the last, and one added
 * before each shift so that every length has one encoding. Returns the value and the next position.
 */
function readOffsetVarint(data: Buffer, pos: number, end: number): [number, number] {
  if (pos >= end) throw new GitIndexError('a name runs past the end of the index');
  let c = data[pos++];
  let value = c & 127;
  while (c & 128) {
    if (pos >= end || value > 0xffffff) throw new GitIndexError('a malformed name length');
    c = data[pos++];
    value = ((value + 1) << 7) + (c & 127);
  }
  return [value, pos];
}

function growTo(name: Buffer, keep: number, length: number): Buffer {
  const grown = Buffer.alloc(Math.max(length, name.length * 2));
  name.copy(grown, 0, 0, keep);
  return grown;
}

/**
 * The signatures of the extensions after the entries, which must fill the file up to its checksum
 * exactly. `link` marks a split index, whose entries are spread over this file and a shared one,
 * with deletions and replacements in bitmaps; that is rare (`core.splitIndex`), so the caller walks
 * the tree instead of reading both.
 */
function readExtensions(data: Buffer, pos: number, end: number): string[] {
  const signatures: string[] = [];
  while (pos + 8 <= end) {
    signatures.push(data.toString('latin1', pos, pos + 4));
    pos += 8 + data.readUInt32BE(pos + 4);
  }
  if (pos !== end) throw new GitIndexError('the entries and extensions do not fill the file (a damaged index)');
  return signatures;
}
