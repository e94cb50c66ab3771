/**
 * The part of the facade a batch check (`rfc-author check`, with or without `--cache`) needs besides
 * the editor's requests: findings with what they depend on, whether those still hold, the facts a
 * cache keys on, and the section keys of RFCs that the CLI's lean index does not read (for
 * `sectionOnset`). `index.ts` puts it into `RfcService`.
 */
import type { Cancellation } from './cancellation';
import { NEVER_CANCELLED } from './cancellation';
import type { SourceDocument } from './host';
import type { DocSummary as IndexedSummary } from './index/summary';
import { fieldKeysOf } from './fieldKeys';
import { fieldPart, olderThanOrder, olderThanSection } from './sectionOnset';
import type { Finding } from './types';
import type { RfcWorkspace } from './service';
import type { TrackedFindings } from './trackedFindings';
import { computeTracked, conventionsKey, trackedFindingsHold } from './trackedFindings';

export interface BatchCheckService {
  /**
   * The findings of a document and the keys of what they read in other files (ids, paths, folders,
   * counts, today's date; see dependencies.ts), so that a cache can reuse them while those hold.
   */
  computeDiagnosticsTracked(doc: SourceDocument, token?: Cancellation): Promise<TrackedFindings>;
  /** Whether findings recorded with `dependencies` still hold, given the keys gone stale since (`keysOfChange`). */
  dependenciesHold(dependencies: readonly string[], stale: ReadonlySet<string>): boolean;
  /** What the workspace learned from its files and template (id schemes, layout), as text a cache can key on. */
  conventionsKey(): string;
  /** What the index holds for a path (plain data a cache may keep); undefined when it holds nothing. */
  indexedSummary(path: string): IndexedSummary | undefined;
  /** Gives back what an earlier run read of an RFC's sections (`TrackedFindings.sections`), for findings a cache reuses without reading the RFC. */
  recordSections(path: string, sections: readonly string[]): void;
  /**
   * Reads, through `read`, the sections of the RFCs that neither their summary nor a check has read
   * (a check of some of the files), as a check would but without running a rule.
   */
  readMissingSections(read: (path: string) => Promise<string | undefined>): Promise<void>;
  /**
   * Whether the RFC at `path` predates a template section or header field that `findings` (its
   * findings) warn is missing (`olderThanSection`): a check that reported them before every RFC's
   * sections and fields were known says less now.
   */
  predatesParts(path: string, findings: readonly Finding[]): boolean;
}

/** The template parts (section keys, `fieldPart`s) that warnings among `findings` say are missing. */
export function missingParts(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    if (f.severity !== 'warning') continue;
    if (f.rule === 'missing-section' && typeof f.data?.key === 'string') out.push(f.data.key);
    if (f.rule === 'header-field' && f.data?.missing === true && typeof f.data.field === 'string') out.push(fieldPart(f.data.field));
  }
  return out;
}

/** The pairs of sections warned of as out of the template's order (by `section-order`), as `[first, second]` keys. */
export function swappedParts(findings: readonly Finding[]): [string, string][] {
  const out: [string, string][] = [];
  for (const f of findings) {
    const order = f.data?.order;
    if (f.severity === 'warning' && f.rule === 'section-order' && Array.isArray(order) && typeof order[0] === 'string' && typeof order[1] === 'string') out.push([order[0], order[1]]);
  }
  return out;
}

/** The batch-check requests over a workspace state. */
export function batchCheckOf(ws: RfcWorkspace): BatchCheckService {
  return {
    computeDiagnosticsTracked: (doc, token = NEVER_CANCELLED) => computeTracked(ws, doc, token),
    dependenciesHold: (dependencies, stale) => trackedFindingsHold(ws, dependencies, stale),
    conventionsKey: () => conventionsKey(ws),
    indexedSummary: (path) => ws.index.get(path),
    recordSections: (path, sections) => ws.index.noteSections(path, () => sections),
    async readMissingSections(read) {
      for (const path of ws.index.withoutSections('rfc')) {
        const text = await read(path);
        if (text !== undefined) ws.noteSections(ws.parse({ path, text, version: 1 }, false));
      }
    },
    predatesParts(path, findings) {
      const keys = fieldKeysOf(ws.template, ws.config);
      const fileId = ws.ids.fromPath(path, 'rfc');
      const subject = { index: ws.index, kind: 'rfc' as const, fileId, path, config: ws.config, soleTemplate: ws.siblingTemplates.length === 0, template: ws.template };
      if (missingParts(findings).some((key) => olderThanSection(subject, key, (k) => keys.canonical(k)) !== undefined)) return true;
      return swappedParts(findings).some(([first, second]) => olderThanOrder(subject, first, second) !== undefined);
    },
  };
}
