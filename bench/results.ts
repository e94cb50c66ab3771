import type { CacheResult } from './cases/cache';
import type { KeystrokeResult } from './cases/keystroke';
import type { NavigationResult } from './cases/navigation';
import type { RepositoryBuild, RepositoryCheck, RepositoryMemory } from './cases/repository';
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
  /** The CLI's check of the RFCs alone, and the peer's: only at the size used for the process-cold comparison. */
  readonly oursRfcs?: readonly OnceResult[];
  readonly peer: readonly OnceResult[];
}

/** The repository file list at one size, with a git index or walked (measurement 8). */
export interface RepositoryRun {
  readonly git: boolean;
  /** Files the list holds. */
  readonly files: number;
  /** Files on disk the list leaves out (ignored, node_modules). */
  readonly excluded: number;
  /** RFCs among the documents (the check's work). */
  readonly rfcs: number;
  /** Built with blocking calls (the CLI) and non-blocking ones (the language server). */
  readonly blocking: readonly RepositoryBuild[];
  readonly nonBlocking: readonly RepositoryBuild[];
  /** The CLI's whole-workspace check, taken in the same rounds. */
  readonly check: readonly RepositoryCheck[];
  /** Memory after GC with the list held, built and dropped, and never built (see cases/repository.ts). */
  readonly held: readonly RepositoryMemory[];
  readonly dropped: readonly RepositoryMemory[];
  readonly none: readonly RepositoryMemory[];
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
  /** Measurement 8: files in the generated repository, RFCs among its documents, fresh-process rounds. */
  readonly repositoryFiles: number;
  readonly repositoryRfcs: number;
  readonly repositoryRuns: number;
}

export interface RawResults {
  workspace?: Outcome<WorkspaceResult>;
  keystroke?: Outcome<KeystrokeResult>;
  navigation?: Outcome<NavigationResult>;
  scale?: Outcome<ScaleRun[]>;
  startup?: Outcome<StartupResult>;
  cache?: Outcome<CacheResult>;
  vsix?: Outcome<VsixSize>;
  repository?: Outcome<RepositoryRun[]>;
}

/** The status of one table row. */
export type RowStatus = 'PASS' | 'FAIL' | 'info' | 'pending' | 'error';

export interface Row {
  /** Measurement number (1–7 of the performance issue, 8 the repository list of issue 9), `cache` for `check --cache`, or `pkg` for packaging. */
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
