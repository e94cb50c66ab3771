import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, IndexedSummary } from '../core';

/**
 * Bumped when the file's shape or what an entry means changes: an older file is then ignored. 2: the
 * findings of tasks and ADRs are kept too, as `checked` (1 kept only RFCs', as `rfc`). 3: a summary
 * says `moved` of a file that only says where its document went (duplicate-id reads it).
 */
// 4: an RFC's recorded sections carry its header fields too (`fieldPart`), for the eras of fields.
// 5: a section-order finding names the two sections it found swapped (`order`), for the eras of orders.
const CACHE_FORMAT = 5;

/** What is known of a file from the run that read it: enough to tell whether it changed since. */
export interface FileMeta {
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-1 of the text as read (UTF-8). */
  readonly hash: string;
}

/**
 * The paths that are not documents (links to scripts, images, folders) a document's rules probed. A
 * path found is probed again. For a missing path whose folder exists, what is kept is that folder:
 * creating anything in a folder changes the folder's modification time, so while that time is the
 * same, the path is still missing. For a missing path whose folder does not exist either
 * (`docs/rfcs/tasks/x.md`, tried relative to the document first), what is kept is the first missing
 * folder on the way: while it is missing, so is the path.
 */
export interface CachedProbes {
  readonly found: readonly (readonly [string, 'file' | 'directory'])[];
  /** Folders (workspace-relative, '' for the root) whose times the section's `dirs` records. */
  readonly missingUnder: readonly string[];
  /** Paths that did not exist, and must still not. */
  readonly absent: readonly string[];
}

/** A document's findings and what they depend on in other files. */
export interface CachedFindings {
  readonly findings: readonly Finding[];
  readonly dependencies: readonly string[];
  readonly probes: CachedProbes;
  /** An RFC's section keys, given back to the index when the findings are reused (`TrackedFindings.sections`). */
  readonly sections?: readonly string[];
}

export interface FileEntry extends FileMeta {
  readonly summary?: IndexedSummary;
  /** The findings of a document the rules check (RFC, task or ADR), when they were kept. */
  readonly checked?: CachedFindings;
}

/** One workspace root's part of the cache. */
export interface RootSection {
  /** Hash of the tool version, the configuration and the template: another value, and the section is void. */
  readonly key: string;
  /** When the run that wrote it started: a time stamp at or after it may hide a change (see `racy`). */
  readonly runStart: number;
  readonly files: Readonly<Record<string, FileEntry>>;
  /** Modification times of the folders that `CachedProbes.missingUnder` names. */
  readonly dirs: Readonly<Record<string, number>>;
}

interface CacheFile {
  readonly format: number;
  readonly tool: string;
  /** By the root's path from the cache file's folder, so a checkout moved whole keeps its cache. */
  readonly roots: Readonly<Record<string, RootSection>>;
}

/**
 * The file of `rfc-author check --cache`. It only ever speeds a run up: a file that is missing, from
 * another version, or unreadable is ignored (and replaced at the end), so deleting it is always safe.
 */
export class CheckCache {
  private readonly sections = new Map<string, RootSection>();

  private constructor(
    readonly file: string,
    private readonly tool: string,
    private readonly old: CacheFile | undefined,
  ) {}

  static load(file: string, tool: string): CheckCache {
    let old: CacheFile | undefined;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (parsed.format === CACHE_FORMAT && parsed.tool === tool && typeof parsed.roots === 'object' && parsed.roots !== null) old = parsed as CacheFile;
    } catch {
      old = undefined;
    }
    return new CheckCache(file, tool, old);
  }

  /** The section an earlier run wrote for `root`, when its key is `key`. */
  previous(root: string, key: string): RootSection | undefined {
    const section = this.old?.roots[this.nameOf(root)];
    if (!section || section.key !== key || typeof section.files !== 'object' || typeof section.dirs !== 'object') return undefined;
    return { ...section, files: expandSummaries(section.files) };
  }

  /** Sets what this run learned about `root` (when it learned anything); other roots are kept as they were. */
  update(root: string, section: RootSection): void {
    this.sections.set(this.nameOf(root), section);
  }


  /** Writes the file through a temporary one and a rename, so a reader never sees half of it. */
  save(): void {
    if (this.sections.size === 0) return;
    const roots: Record<string, RootSection> = { ...(this.old?.roots ?? {}) };
    for (const [name, section] of this.sections) roots[name] = { ...section, files: compactSummaries(section.files) };
    const data: CacheFile = { format: CACHE_FORMAT, tool: this.tool, roots };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(data));
    fs.renameSync(temp, this.file);
  }

  private nameOf(root: string): string {
    return path.relative(path.dirname(this.file), root).split(path.sep).join('/') || '.';
  }
}

export function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/**
 * Whether a time stamp is too close to when it was recorded to prove anything: a file changed in the
 * same tick of a coarse clock (a second, on some file systems) as the run read it keeps the time
 * stamp it had, and only its content can tell. Git calls such entries "racily clean".
 */
export function racy(mtimeMs: number, runStart: number): boolean {
  return mtimeMs >= runStart - 2000;
}

/**
 * The findings, with strings of their own. A message or `data` value is often built from a piece of
 * the document (`\`${written}\` does not exist`), and V8 keeps such a piece as a view into the
 * whole text: kept in the report or the cache, each finding would pin its RFC's text until the run
 * ends (at 10,000 RFCs, over 100 MB). A JSON round trip copies the plain data into fresh strings.
 */
export function detached(findings: readonly Finding[]): Finding[] {
  return findings.length === 0 ? [] : (JSON.parse(JSON.stringify(findings)) as Finding[]);
}

/**
 * The index's summaries as the cache keeps them: without their path (the entry's key) and without
 * the fields a check's summaries always leave empty, which are most of their size. A field added to
 * summaries later is kept as it is.
 */
const EMPTY_SUMMARY_FIELDS: Readonly<Record<string, unknown>> = { excerpt: '', owners: [], refs: [], loaded: true };

function compactSummaries(files: Readonly<Record<string, FileEntry>>): Record<string, FileEntry> {
  const out: Record<string, FileEntry> = {};
  for (const [p, entry] of Object.entries(files)) {
    if (!entry.summary) {
      out[p] = entry;
      continue;
    }
    const summary: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(entry.summary)) {
      if (k === 'path' || (k in EMPTY_SUMMARY_FIELDS && JSON.stringify(v) === JSON.stringify(EMPTY_SUMMARY_FIELDS[k]))) continue;
      summary[k] = v;
    }
    out[p] = { ...entry, summary: summary as unknown as IndexedSummary };
  }
  return out;
}

function expandSummaries(files: Readonly<Record<string, FileEntry>>): Record<string, FileEntry> {
  const out: Record<string, FileEntry> = {};
  for (const [p, entry] of Object.entries(files)) {
    out[p] = entry.summary ? { ...entry, summary: Object.assign({ path: p, excerpt: '', owners: [], refs: [], loaded: true }, entry.summary) } : entry;
  }
  return out;
}
