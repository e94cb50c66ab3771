/**
 * What the client and the server say to each other beyond standard LSP, and the settings they
 * share. One module, imported by both halves (and by tests), so names and shapes cannot drift.
 */

/** The phase state a marker stands for. */
export type PhaseState = 'done' | 'inProgress' | 'notStarted' | 'other';

export interface PhaseSummaryEntry {
  /** `0`, `1a`. */
  readonly number: string;
  readonly name: string;
  /** The marker as written (`✅`, `🟨`, `⬜`, or another one the team uses); '' when none. */
  readonly marker: string;
  readonly state: PhaseState;
  /** 0-based line of the phase line. */
  readonly line: number;
}

export interface PhaseSummary {
  readonly id: string | null;
  readonly title: string | null;
  readonly status: string | null;
  readonly phases: readonly PhaseSummaryEntry[];
  readonly counts: { readonly done: number; readonly inProgress: number; readonly notStarted: number; readonly other: number };
}

export interface PhaseSummaryParams {
  readonly textDocument: { readonly uri: string };
}

/**
 * `rfcAuthor/phaseSummary` — client → server request. The status bar asks for the active editor's
 * phase summary whenever the document changes. Answers `null` for a document that is not an RFC.
 */
export const PHASE_SUMMARY_REQUEST = 'rfcAuthor/phaseSummary';

export type { RfcAuthorSettings } from './settings';
export { SETTINGS_SECTION } from './settings';
