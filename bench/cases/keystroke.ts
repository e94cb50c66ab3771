import { URI } from 'vscode-uri';
import type { RfcService } from '../../server/src/core/index';
import { loadFiles, rfcPaths } from '../files';
import { indexedService } from '../ours';
import type { Peer } from '../peer';
import { createPeer, memorySource } from '../peer';
import type { Measured } from '../stats';
import { summarizeSet } from '../stats';
import { interleave } from '../timing';

/**
 * Measurement 4: one character typed into an open RFC, then its diagnostics again — ours (the
 * index update and every rule) against the peer (its link validation), alternately on the same
 * sequence of texts. Done for a median RFC (≈ 12 KB) and the largest one (≈ 60 KB).
 */
export interface KeystrokeDoc {
  readonly path: string;
  readonly bytes: number;
  readonly oursMs: Measured;
  readonly peerMs: Measured;
  /** ours p95 / peer p95 on each clock (the target is ≤ 1). */
  readonly p95Ratio: { readonly wall: number; readonly cpu: number };
  readonly findings: { readonly ours: number; readonly peer: number };
}

export interface KeystrokeResult {
  readonly files: number;
  readonly median: KeystrokeDoc;
  readonly large: KeystrokeDoc;
}

const MEDIAN_BYTES = 12 * 1024;

/** The RFC whose size is closest to 12 KB, and the largest RFC. */
export function pickDocuments(files: ReadonlyMap<string, string>): { median: string; large: string } {
  const sized = rfcPaths(files.keys()).map((p) => ({ p, bytes: Buffer.byteLength(files.get(p) ?? '') }));
  if (sized.length === 0) throw new Error('the workspace has no RFCs');
  const median = sized.reduce((best, s) => (Math.abs(s.bytes - MEDIAN_BYTES) < Math.abs(best.bytes - MEDIAN_BYTES) ? s : best));
  const large = sized.reduce((best, s) => (s.bytes > best.bytes ? s : best));
  return { median: median.p, large: large.p };
}

/** The text with one character typed into a prose line near the middle (outside code blocks). */
export function typeOneCharacter(text: string): string {
  const lines = text.split('\n');
  let fence = false;
  let best = -1;
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(```|~~~)/.test(lines[i])) fence = !fence;
    else if (!fence && /^[A-Z][a-z]/.test(lines[i]) && lines[i].length > 40 && (best < 0 || Math.abs(i - lines.length / 2) < Math.abs(best - lines.length / 2))) best = i;
  }
  if (best < 0) return `${text}x`;
  lines[best] = `${lines[best].slice(0, 20)}x${lines[best].slice(20)}`;
  return lines.join('\n');
}

async function measureDocument(service: RfcService, peer: Peer, files: ReadonlyMap<string, string>, path: string, warmup: number, samples: number): Promise<KeystrokeDoc> {
  const base = files.get(path) ?? '';
  const typed = typeOneCharacter(base);
  let oursVersion = 0;
  let peerEdits = 0;
  let oursFindings = 0;
  let peerFindings = 0;
  const ours = async (): Promise<void> => {
    oursVersion++;
    const doc = { path, text: oursVersion % 2 === 0 ? typed : base, version: oursVersion };
    service.updateDocument(doc);
    oursFindings = (await service.computeDiagnostics(doc)).length;
  };
  const theirs = async (): Promise<void> => {
    peerEdits++;
    peerFindings = (await peer.diagnose(peer.workspace.update(path, peerEdits % 2 === 0 ? typed : base))).length;
  };
  const runs = await interleave({ ours, peer: theirs }, { warmup, rounds: samples, collect: false });
  const oursMs = summarizeSet(runs.ours);
  const peerMs = summarizeSet(runs.peer);
  const p95Ratio = { wall: oursMs.wall.p95 / peerMs.wall.p95, cpu: oursMs.cpu.p95 / peerMs.cpu.p95 };
  return { path, bytes: Buffer.byteLength(base), oursMs, peerMs, p95Ratio, findings: { ours: oursFindings, peer: peerFindings } };
}

export async function measureKeystroke(root: string, warmup: number, samples: number, log: (line: string) => void): Promise<KeystrokeResult> {
  const files = loadFiles(root);
  const picked = pickDocuments(files);
  const service = await indexedService(files);
  const peer = await createPeer(URI.file('/bench-workspace'), memorySource(files));
  log(`keystroke: ${files.size} files; median ${picked.median}, large ${picked.large}; ${samples} samples each`);
  const median = await measureDocument(service, peer, files, picked.median, warmup, samples);
  const large = await measureDocument(service, peer, files, picked.large, warmup, samples);
  peer.dispose();
  return { files: files.size, median, large };
}
