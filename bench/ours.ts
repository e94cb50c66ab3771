import type { Position } from 'vscode-languageserver-types';
import { DEFAULT_CONFIG } from '../server/src/core/config';
import type { RfcService, SourceDocument } from '../server/src/core/index';
import { createRfcService } from '../server/src/core/index';
import type { SummaryDetail } from '../server/src/core/index/summary';
import type { Finding } from '../server/src/core/types';
import { MemoryHost } from './files';

/**
 * Our side of each measurement, through the real facade and the real rule registry: whatever rules
 * and features have landed are what gets measured.
 */

/** Fixed so that date rules give the same findings on every run. */
export const TODAY = '2026-06-01';
export const ROOT_URI = 'file:///bench-workspace';

/** A service over files in memory, configured, with its index built. */
export async function indexedService(files: ReadonlyMap<string, string>, indexDetail: SummaryDetail = 'full'): Promise<RfcService> {
  const service = await createRfcService({ host: new MemoryHost(files), rootUri: ROOT_URI, config: DEFAULT_CONFIG, today: () => TODAY, indexDetail });
  await service.indexWorkspace();
  return service;
}

/**
 * What `rfc-author check` does, from memory: index every file (with the CLI's `rules` detail), then
 * check every RFC (the service keeps no parse of a document that is not open). Returns the findings, so a run that finds nothing is noticed.
 */
export async function checkWorkspace(files: ReadonlyMap<string, string>, onFindings?: (path: string, findings: readonly Finding[]) => void): Promise<number> {
  const service = await indexedService(files, 'rules');
  let count = 0;
  for (const path of files.keys()) {
    if (service.kindOf(path) !== 'rfc') continue;
    const findings = await service.computeDiagnostics({ path, text: files.get(path) ?? '', version: 1 });
    count += findings.length;
    onFindings?.(path, findings);
  }
  return count;
}

/** Findings per rule id, from one untimed run: shows which rules the numbers include. */
export async function findingsByRule(files: ReadonlyMap<string, string>): Promise<Record<string, number>> {
  const byRule: Record<string, number> = {};
  await checkWorkspace(files, (_, findings) => {
    for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  });
  return byRule;
}

type NavigationMethod = (doc: SourceDocument, position: Position) => unknown;

/**
 * The navigation methods of the facade, when they have landed (another engineer is adding them).
 * Looked up at run time, so the bench measures them as soon as they exist.
 */
export interface Navigation {
  readonly getCompletions?: NavigationMethod;
  /** What the server answers a client that supports `itemDefaults.editRange` (VS Code does). */
  readonly getCompletionList?: NavigationMethod;
  readonly getHover?: NavigationMethod;
  readonly getDefinition?: NavigationMethod;
}

export function navigation(service: RfcService): Navigation {
  const s = service as unknown as Record<string, unknown>;
  const method = (name: string): NavigationMethod | undefined =>
    typeof s[name] === 'function' ? (s[name] as NavigationMethod).bind(service) : undefined;
  return { getCompletions: method('getCompletions'), getCompletionList: method('getCompletionList'), getHover: method('getHover'), getDefinition: method('getDefinition') };
}

/** Number of items in a completion answer (a list or a CompletionList). */
export function itemCount(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  if (result && typeof result === 'object' && Array.isArray((result as { items?: unknown }).items)) return (result as { items: unknown[] }).items.length;
  return 0;
}
