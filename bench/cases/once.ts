import * as fs from 'node:fs';
import * as path from 'node:path';
import MarkdownIt from 'markdown-it';
import { URI } from 'vscode-uri';
import { runCheck } from '../../server/src/cli/check';
import { listMarkdown, rfcPaths } from '../files';
import { createPeer, diskSource, loadPeerModule } from '../peer';

/**
 * One whole-workspace run from disk in a fresh process (the process-cold and scale measurements):
 * the floor streams every file through markdown-it, ours is the CLI's check of every RFC, task and
 * ADR, `oursRfcs` the CLI's check of the RFCs alone (the whole repository still indexed: the same
 * work as the peer's), the peer diagnoses every RFC on a workspace that reads files as it needs them.
 * Nothing holds every file's text.
 */
export type OnceWhich = 'floor' | 'ours' | 'oursRfcs' | 'peer';

export interface OnceResult {
  readonly which: OnceWhich;
  readonly files: number;
  /** The work alone (modules already loaded). */
  readonly workMs: number;
  /** From process start to the end of the work (Node start-up and module loading included). */
  readonly sinceStartMs: number;
  /** Peak resident set size of the process, in MB. */
  readonly peakRssMb: number;
  /** Findings (ours, peer) or tokens (floor): proof that the run did the work. */
  readonly output: number;
  /**
   * Set when the orchestrator stopped the run at its time limit: the run took at least this long.
   * `workMs` is then NaN and `peakRssMb` is what /proc showed until then.
   */
  readonly timedOutAfterMs?: number;
}

function floor(root: string): number {
  const md = new MarkdownIt();
  const paths = listMarkdown(root);
  let tokens = 0;
  for (const p of paths) tokens += md.parse(fs.readFileSync(path.join(root, ...p.split('/')), 'utf8'), {}).length;
  return tokens;
}

async function ours(root: string, paths: readonly string[] = [root]): Promise<number> {
  const report = await runCheck({ paths: [...paths], cwd: root, note: () => undefined });
  return report.files.reduce((n, f) => n + f.findings.length, 0);
}

/** The folders holding the RFCs of a workspace (the CLI checks what is under the paths it is given). */
function rfcFolders(root: string): string[] {
  return [...new Set(rfcPaths(listMarkdown(root)).map((p) => path.join(root, ...p.split('/').slice(0, -1))))];
}

async function peer(root: string): Promise<number> {
  const paths = listMarkdown(root);
  const p = await createPeer(URI.file(root), diskSource(root, paths));
  let output = 0;
  for (const rel of rfcPaths(paths)) {
    const doc = await p.workspace.openMarkdownDocument(p.workspace.uriOf(rel));
    if (doc) output += (await p.diagnose(doc)).length;
  }
  p.dispose();
  return output;
}

export async function runOnce(which: OnceWhich, root: string): Promise<OnceResult> {
  if (which === 'peer') await loadPeerModule();
  const start = performance.now();
  const output = which === 'floor' ? floor(root) : which === 'ours' ? await ours(root) : which === 'oursRfcs' ? await ours(root, rfcFolders(root)) : await peer(root);
  const end = performance.now();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { which, files: listMarkdown(root).length, workMs: end - start, sinceStartMs: end, peakRssMb, output };
}
