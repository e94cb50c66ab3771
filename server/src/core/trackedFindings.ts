import type { Cancellation } from './cancellation';
import { NEVER_CANCELLED } from './cancellation';
import type { DependencyKey } from './dependencies';
import { dependenciesHold, trackingAnalysis, trackingIndex, trackingRepository } from './dependencies';
import type { SourceDocument } from './host';
import { isDocumentKind } from './index/globs';
import type { RepositoryFileList } from './index/repositoryFiles';
import { ReferenceResolver } from './index/resolver';
import type { RfcWorkspace } from './service';
import type { Finding } from './types';

/**
 * What a cache of findings (`rfc-author check --cache`) asks of a workspace: a document's findings
 * with the keys of what they read in other files, whether such keys still hold, and the conventions
 * every parse depends on.
 */

/** Findings and what they depend on besides the document itself (see dependencies.ts). */
export interface TrackedFindings {
  readonly findings: Finding[];
  readonly dependencies: DependencyKey[];
  /** An RFC's section keys, as its analysis read them (`WorkspaceIndex.noteSections`): a cache gives them back when it reuses the findings. */
  readonly sections?: readonly string[];
}

/**
 * The findings of a document and what they depend on in other files: the rules see the index and
 * the resolver through recording proxies (dependencies.ts).
 */
export async function computeTracked(ws: RfcWorkspace, doc: SourceDocument, token: Cancellation = NEVER_CANCELLED): Promise<TrackedFindings> {
  if (!isDocumentKind(ws.kindOf(doc.path))) return { findings: [], dependencies: [] };
  await ws.loadReferenced(doc);
  const keys = new Set<DependencyKey>();
  const index = trackingIndex(ws.index, keys);
  const repository = (): RepositoryFileList | undefined => {
    const repo = ws.repoFiles;
    return repo ? trackingRepository(repo, keys) : undefined;
  };
  const resolver = new ReferenceResolver(index, ws.classifier, (p) => ws.host.probe(p), ws.ids, repository);
  const parsed = ws.parse(doc);
  const sections = ws.noteSections(parsed);
  const findings = ws.findingsOf(trackingAnalysis(ws.analysisOf(parsed, index, resolver), keys), token);
  // A cancelled run found less than there is: nothing of it may be kept.
  return { findings, dependencies: token.isCancellationRequested ? ['*'] : [...keys].sort(), ...(sections ? { sections } : {}) };
}

/**
 * What the workspace learned from its files and template (id schemes, section level, title form),
 * as text: a parse depends on it, so cached findings do too. RegExps are written as their source.
 */
export function conventionsKey(ws: RfcWorkspace): string {
  const { ids, ...layout } = ws.parseOptions;
  // An RFC may be held to a template beside the configured one: their texts are part of what it was checked against.
  const siblings = ws.siblingTemplates.map((t) => [t.source, t.text]);
  return JSON.stringify({ schemes: ids.schemes, layout, siblings }, (_k, v: unknown) => (v instanceof RegExp ? v.source : v));
}

/** Whether findings recorded with `keys` still hold, given the keys that went stale since. */
export function trackedFindingsHold(ws: RfcWorkspace, keys: readonly DependencyKey[], stale: ReadonlySet<DependencyKey>): boolean {
  return dependenciesHold(keys, stale, ws.index, ws.todayIso(), ws.repoFiles);
}
