import MarkdownIt from 'markdown-it';
import { URI } from 'vscode-uri';
import { loadFiles, rfcPaths, totalBytes } from '../files';
import { checkWorkspace, findingsByRule, indexedService } from '../ours';
import { createPeer, memorySource } from '../peer';
import type { Measured } from '../stats';
import { ratioSet, summarizeSet } from '../stats';
import { interleave } from '../timing';

/**
 * Measurements 1–3, in memory and JIT-warm: the floor (markdown-it parsing every file), the peer
 * (diagnostics with link validation over every RFC) and ours (index every file, check every RFC),
 * interleaved on the same files. Then the same RFCs re-checked on warm state (index built, peer
 * caches full), which is what an editor does after the first pass.
 */
export interface WorkspaceResult {
  readonly files: number;
  readonly rfcs: number;
  readonly bytes: number;
  readonly floorMs: Measured;
  readonly peerMs: Measured;
  readonly oursMs: Measured;
  readonly oursOverFloor: Measured;
  readonly peerOverOurs: Measured;
  readonly recheck: { readonly oursMs: Measured; readonly peerMs: Measured; readonly peerOverOurs: Measured };
  readonly findings: { readonly ours: number; readonly peer: number; readonly oursByRule: Record<string, number> };
}

const PEER_ROOT = URI.file('/bench-workspace');

export async function measureWorkspace(root: string, warmup: number, rounds: number, log: (line: string) => void): Promise<WorkspaceResult> {
  const files = loadFiles(root);
  const rfcs = rfcPaths(files.keys());
  const md = new MarkdownIt();
  let oursFindings = 0;
  let peerFindings = 0;

  const floor = (): void => {
    for (const text of files.values()) md.parse(text, {});
  };
  const ours = async (): Promise<void> => {
    oursFindings = await checkWorkspace(files);
  };
  const peer = async (): Promise<void> => {
    const p = await createPeer(PEER_ROOT, memorySource(files));
    let n = 0;
    for (const rel of rfcs) {
      const doc = await p.workspace.openMarkdownDocument(p.workspace.uriOf(rel));
      if (doc) n += (await p.diagnose(doc)).length;
    }
    p.dispose();
    peerFindings = n;
  };
  log(`workspace: ${files.size} files, ${rfcs.length} RFCs; ${warmup} warm-up + ${rounds} rounds`);
  const whole = await interleave({ floor, ours, peer }, { warmup, rounds, onRound: (r) => log(`  round ${r}/${rounds}`) });

  // Warm state: our index is built once; the peer keeps its caches. Each run re-checks every RFC
  // at a new version, as after a branch switch in an open editor.
  const service = await indexedService(files);
  const warmPeer = await createPeer(PEER_ROOT, memorySource(files));
  let version = 1;
  const oursRecheck = async (): Promise<void> => {
    version++;
    for (const path of rfcs) await service.computeDiagnostics({ path, text: files.get(path) ?? '', version });
  };
  const peerRecheck = async (): Promise<void> => {
    for (const rel of rfcs) await warmPeer.diagnose(warmPeer.workspace.update(rel, files.get(rel) ?? ''));
  };
  log('workspace: warm re-check of every RFC');
  const recheck = await interleave({ ours: oursRecheck, peer: peerRecheck }, { warmup, rounds });
  warmPeer.dispose();

  return {
    files: files.size,
    rfcs: rfcs.length,
    bytes: totalBytes(files),
    floorMs: summarizeSet(whole.floor),
    peerMs: summarizeSet(whole.peer),
    oursMs: summarizeSet(whole.ours),
    oursOverFloor: ratioSet(whole.ours, whole.floor),
    peerOverOurs: ratioSet(whole.peer, whole.ours),
    recheck: { oursMs: summarizeSet(recheck.ours), peerMs: summarizeSet(recheck.peer), peerOverOurs: ratioSet(recheck.peer, recheck.ours) },
    findings: { ours: oursFindings, peer: peerFindings, oursByRule: await findingsByRule(files) },
  };
}
