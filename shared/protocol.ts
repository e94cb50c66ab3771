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

/** The `workspace/configuration` section the server pulls per resource. */
export const SETTINGS_SECTION = 'rfcAuthor';

/**
 * `rfcAuthor.*` settings. Each key overrides the same key of `.rfc-author.json` when set (an empty
 * list or object, or null, means "not set"). The server pulls them per workspace folder with
 * `workspace/configuration` and refreshes diagnostics when they change.
 */
export interface RfcAuthorSettings {
  readonly rfcGlobs?: readonly string[] | null;
  readonly taskGlobs?: readonly string[] | null;
  readonly adrGlobs?: readonly string[] | null;
  readonly template?: string | null;
  readonly taskTemplate?: string | null;
  readonly statuses?: readonly string[] | null;
  readonly statusSynonyms?: Readonly<Record<string, string>> | null;
  readonly sectionAliases?: Readonly<Record<string, string>> | null;
  readonly rules?: Readonly<Record<string, string>> | null;
}
