import type { CacheResult } from './cases/cache';
import type { KeystrokeResult } from './cases/keystroke';
import type { NavigationResult } from './cases/navigation';
import type { OnceResult } from './cases/once';
import type { StartupResult } from './cases/startup';
import type { WorkspaceResult } from './cases/workspace';
import type { Machine } from './processes';

/** What each measurement produced: a value, or why there is none (not landed yet, or it failed). */
export type Outcome<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'pending'; readonly reason: string }
  | { readonly status: 'error'; readonly reason: string };

/** One workspace size of the scale measurement: fresh processes, interleaved, from disk. */
export interface ScaleRun {
  readonly rfcs: number;
  readonly files: number;
  readonly bytes: number;
  readonly floor: readonly OnceResult[];
  readonly ours: readonly OnceResult[];
  /** Only at the size used for the process-cold comparison with the peer. */
  readonly peer: readonly OnceResult[];
}

export interface VsixSize {
  readonly file: string;
  readonly bytes: number;
}

export interface BenchSettings {
  readonly quick: boolean;
  readonly seed: number;
  readonly workspaceRfcs: number;
  readonly editorRfcs: number;
  readonly scale: readonly { readonly rfcs: number; readonly reps: number; readonly peer: boolean }[];
  readonly warmup: number;
  readonly rounds: number;
  readonly keystrokeSamples: number;
  readonly navigationSamples: number;
  readonly startupRuns: number;
  /** Rounds (first run, cached run) of the `check --cache` measurement. */
  readonly cacheRounds: number;
  /** A scale run still going after this long is stopped and reported as at least this slow. */
  readonly scaleTimeoutMs: number;
}

export interface RawResults {
  workspace?: Outcome<WorkspaceResult>;
  keystroke?: Outcome<KeystrokeResult>;
  navigation?: Outcome<NavigationResult>;
  scale?: Outcome<ScaleRun[]>;
  startup?: Outcome<StartupResult>;
  cache?: Outcome<CacheResult>;
  vsix?: Outcome<VsixSize>;
}

/** The status of one table row. */
export type RowStatus = 'PASS' | 'FAIL' | 'info' | 'pending' | 'error';

export interface Row {
  /** Measurement number of the issue (1–7), `cache` for `check --cache`, or `pkg` for packaging. */
  readonly group: string;
  readonly label: string;
  /** The figure the target applies to, as printed. */
  readonly value: string;
  /** Medians, spreads and the other clock. */
  readonly detail: string;
  readonly target: string;
  readonly status: RowStatus;
}

/** bench/results.json. */
export interface ResultsFile {
  readonly date: string;
  readonly machine: Machine;
  readonly settings: BenchSettings;
  readonly rows: readonly Row[];
  readonly raw: RawResults;
}
