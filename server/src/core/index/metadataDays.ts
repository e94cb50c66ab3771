/**
 * The day a document was written, from the metadata file beside it: Kubernetes keeps each KEP's
 * `creation-date` in the `kep.yaml` next to its `README.md`, and none in the README itself. A document
 * that is the README (or index) of its own folder, with one YAML file in that folder, takes the day
 * that file gives (`WorkspaceIndex.noteWrittenDay`), where its own text gives none (`writtenDate`).
 */
import { dayNumber } from '../writtenDate';
import type { DocKind } from '../types';
import { dirname } from './paths';
import type { RepositoryFileList } from './repositoryFiles';
import type { WorkspaceIndex } from './workspaceIndex';

type Read = (path: string) => Promise<string | undefined>;

/** The kinds whose documents' eras `sectionOnset` tells, and so whose metadata days are read. */
const ERA_KINDS: readonly DocKind[] = ['rfc', 'adr'];
/** Metadata files read at once. */
const READ_CONCURRENCY = 16;
/** A document that is its folder's page. */
const FOLDER_PAGE_RE = /(?:^|\/)(?:readme|index)\.md$/i;
const YAML_RE = /\.ya?ml$/i;
/** A top-level key that gives the day a document was begun, and its ISO day. */
const DAY_KEY_RE = /^(?:creation[-_ ]date|created(?:[-_ ]on)?|start[-_ ]date|date[-_ ]created)[ \t]*:[ \t]*["']?(\d{4}-\d{2}-\d{2})/m;

/** Whether a file may be a document's metadata file (a YAML file). */
export function isMetadataFile(path: string): boolean {
  return YAML_RE.test(path);
}

/** The metadata file of the document at `path`: the one YAML file in its folder, where it is its folder's page. */
export function metadataFileOf(path: string, files: RepositoryFileList): string | undefined {
  const dir = dirname(path);
  if (dir === '' || !FOLDER_PAGE_RE.test(path)) return undefined;
  const yaml = files.inFolder(dir).filter(isMetadataFile);
  return yaml.length === 1 ? yaml[0] : undefined;
}

/** The day a metadata file's text gives (`yyyymmdd`); NaN where it gives none. */
export function metadataDay(text: string): number {
  const m = DAY_KEY_RE.exec(text);
  return m ? dayNumber(m[1]) : Number.NaN;
}

/**
 * Reads the metadata file of each document of the kinds given (all, or those at `paths`) and notes its
 * day in the index (or that it has none). The kinds whose documents' days changed.
 */
export async function readMetadataDays(index: WorkspaceIndex, files: RepositoryFileList | undefined, read: Read, kinds: readonly DocKind[] = ERA_KINDS, paths?: readonly string[]): Promise<Set<DocKind>> {
  const changed = new Set<DocKind>();
  if (!files) return changed;
  const docs = paths ?? kinds.flatMap((k) => [...index.all(k)].map((s) => s.path));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < docs.length) {
      const path = docs[next++];
      const meta = metadataFileOf(path, files);
      const text = meta === undefined ? undefined : await read(meta);
      const kind = index.get(path)?.kind;
      if (index.noteWrittenDay(path, text === undefined ? Number.NaN : metadataDay(text)) && kind && kinds.includes(kind)) changed.add(kind);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, docs.length) }, worker));
  return changed;
}

/**
 * A file came or changed at `path`: where it is a YAML file, the documents of its folder take their
 * days again (two YAML files beside a document are no metadata of it). The kinds whose documents'
 * days changed: their eras may have.
 */
export function metadataFileChanged(index: WorkspaceIndex, files: RepositoryFileList | undefined, read: Read, path: string): Promise<Set<DocKind>> {
  return isMetadataFile(path) ? readMetadataDays(index, files, read, ERA_KINDS, index.pathsInFolder(dirname(path))) : Promise.resolve(new Set());
}

/** The documents beside a deleted metadata file at `path` lose the day it gave: the kinds whose documents' days changed. */
export function forgetMetadataDays(index: WorkspaceIndex, path: string): Set<DocKind> {
  const changed = new Set<DocKind>();
  if (!isMetadataFile(path)) return changed;
  for (const p of index.pathsInFolder(dirname(path))) {
    const kind = index.get(p)?.kind;
    if (index.noteWrittenDay(p, Number.NaN) && kind) changed.add(kind);
  }
  return changed;
}
