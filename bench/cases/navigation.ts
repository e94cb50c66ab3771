import type { Position } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { RfcService, SourceDocument } from '../../server/src/core/index';
import { loadFiles } from '../files';
import type { Navigation } from '../ours';
import { indexedService, itemCount, navigation } from '../ours';
import { createPeer, memorySource } from '../peer';
import type { Summary } from '../stats';
import { summarize } from '../stats';
import { timeOnce } from '../timing';
import { pickDocuments } from './keystroke';

/**
 * Measurement 5: completion after `tasks/` in a Links item (every task of the workspace is a
 * candidate), hover and go-to-definition on a task id. Completion is the list the server answers
 * VS Code (`getCompletionList`: one shared edit range in `itemDefaults`), timed on a new document
 * version (the parse of the edit included: it follows a keystroke) and on a cached parse; hover and
 * definition on a cached parse (nobody hovers while typing). The peer's own path completion after
 * `](../../tasks/` is timed for comparison.
 */
export interface FeatureTiming {
  /** `pending` while the facade method has not landed. */
  readonly status: 'measured' | 'pending';
  readonly ms?: Summary;
  /** Completion only: the same request on a cached parse. */
  readonly cachedMs?: Summary;
  /**
   * Completion only: the items each carrying its own edit, as the server answers a client without
   * `itemDefaults` (the main figure is the list VS Code gets, edit range shared), new version.
   */
  readonly expandedMs?: Summary;
  /** Items or locations in the answer (0 means the measurement did not exercise the feature). */
  readonly results?: number;
}

export interface NavigationResult {
  readonly tasks: number;
  readonly document: string;
  readonly completion: FeatureTiming;
  readonly hover: FeatureTiming;
  readonly definition: FeatureTiming;
  readonly peerCompletion: { readonly ms: Summary; readonly results: number };
}

/** Runs `fn` `warmup + n` times, timing the last `n`; `prepare` runs untimed before each call. */
async function sample(warmup: number, n: number, fn: () => unknown, prepare?: () => void): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    prepare?.();
    const ms = await timeOnce(fn);
    if (i >= warmup) out.push(ms);
  }
  return out;
}

/** The median RFC with `` , `tasks/` `` being typed at the end of its Tasks line, and the cursor after the slash. */
export function completionFixture(text: string, opener: string, closer: string): { text: string; position: Position } {
  const lines = text.split('\n');
  let line = lines.findIndex((l) => /^\s*- Tasks:/.test(l));
  if (line < 0) {
    line = Math.min(2, lines.length);
    lines.splice(line, 0, '- Tasks:');
  }
  const character = lines[line].length + 2 + opener.length;
  lines[line] = `${lines[line]}, ${opener}${closer}`;
  return { text: lines.join('\n'), position: { line, character } };
}

/** A position inside a bare task id that names an existing task. */
function taskIdPosition(service: RfcService, doc: SourceDocument): Position | undefined {
  const tasks = new Set(service.documentPaths('task').map((p) => /TASK-\d+/.exec(p)?.[0]));
  const lines = doc.text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    // A bare id (not inside a path): the hover and definition of an id reference.
    for (const m of lines[line].matchAll(/(?<![\w/-])TASK-\d{4}(?![\w-])/g)) {
      if (tasks.has(m[0])) return { line, character: m.index + 2 };
    }
  }
  return undefined;
}

async function featureTiming(method: Navigation['getHover'], doc: SourceDocument, position: Position | undefined, warmup: number, n: number): Promise<FeatureTiming> {
  if (!method || !position) return { status: 'pending' };
  const run = (): unknown => method(doc, position);
  const answer = await Promise.resolve(run());
  const results = Array.isArray(answer) ? answer.length : answer ? 1 : 0;
  return { status: 'measured', ms: summarize(await sample(warmup, n, run)), results };
}

export async function measureNavigation(root: string, warmup: number, samples: number, log: (line: string) => void): Promise<NavigationResult> {
  const files = loadFiles(root);
  const path = pickDocuments(files).median;
  const service = await indexedService(files);
  const nav = navigation(service);
  const tasks = service.documentPaths('task').length;
  log(`navigation: ${tasks} tasks; completion, hover and definition in ${path}`);

  let completion: FeatureTiming = { status: 'pending' };
  const getCompletions = nav.getCompletionList ?? nav.getCompletions;
  if (getCompletions) {
    const fixture = completionFixture(files.get(path) ?? '', '`tasks/', '`');
    let version = 1;
    let doc: SourceDocument = { path, text: fixture.text, version };
    const bump = (): void => {
      doc = { path, text: fixture.text, version: ++version };
      service.updateDocument(doc);
    };
    const run = (): unknown => getCompletions(doc, fixture.position);
    bump();
    const results = itemCount(await Promise.resolve(run()));
    const ms = summarize(await sample(warmup, samples, run, bump));
    const cachedMs = summarize(await sample(warmup, samples, run));
    const expand = nav.getCompletionList ? nav.getCompletions : undefined;
    const expandedMs = expand ? summarize(await sample(warmup, samples, () => expand(doc, fixture.position), bump)) : undefined;
    completion = { status: 'measured', ms, cachedMs, results, ...(expandedMs ? { expandedMs } : {}) };
  }

  const doc: SourceDocument = { path, text: files.get(path) ?? '', version: 1 };
  service.updateDocument(doc);
  const position = taskIdPosition(service, doc);
  const hover = await featureTiming(nav.getHover, doc, position, warmup, samples);
  const definition = await featureTiming(nav.getDefinition, doc, position, warmup, samples);

  const peer = await createPeer(URI.file('/bench-workspace'), memorySource(files));
  const peerFixture = completionFixture(files.get(path) ?? '', '[next](../../tasks/', ')');
  const peerDoc = peer.workspace.update(path, peerFixture.text);
  const peerResults = (await peer.completions(peerDoc, peerFixture.position)).length;
  const peerMs = summarize(await sample(warmup, samples, () => peer.completions(peerDoc, peerFixture.position)));
  peer.dispose();

  return { tasks, document: path, completion, hover, definition, peerCompletion: { ms: peerMs, results: peerResults } };
}
