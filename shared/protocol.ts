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

/** A lifecycle class of a status, after the configured synonyms: what the explorer groups RFCs by. */
export type StatusClass = 'draft' | 'active' | 'done' | 'other';

/** How many phases are in each state (the roll-up `✅3 🟨1 ⬜0`). */
export interface PhaseCounts {
  readonly done: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly other: number;
}

/** One phase line of an RFC's phase section ("Status at a Glance" in the built-in template). */
export interface OverviewPhase {
  /** `0`, `1a`. */
  readonly label: string;
  /** The name in parentheses after the label (`parser`), '' when none. */
  readonly name: string;
  /** The first marker as written (`✅`, `🟨`, `⬜`, or another one the team uses); '' when none. */
  readonly marker: string;
  readonly state: PhaseState;
  /** 0-based line of the phase line in the RFC (the explorer reveals it on click). */
  readonly line: number;
}

/** A task an RFC names (in its Links, on a phase line, anywhere in its text), with the task's own status. */
export interface OverviewTask {
  readonly id: string;
  /** The task's title without its id in front; null when the task file has none. */
  readonly title: string | null;
  /** The status as written in the task (`done`, `In Progress`); null when it has none. */
  readonly status: string | null;
  readonly statusClass: StatusClass;
  readonly uri: string;
}

/** Error and warning counts of an RFC, from the same diagnostics the editor shows for it. */
export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
}

/** One RFC as the explorer shows it. */
export interface OverviewRfc {
  /** Canonical id (`RFC-0004`); null when neither the file name nor the title carries one. */
  readonly id: string | null;
  readonly title: string | null;
  /** The status words without emphasis (`In Progress (phases 0–1 proven)`); null when there is none. */
  readonly status: string | null;
  readonly statusClass: StatusClass;
  readonly uri: string;
  /** `@handles` of the owners field, for the explorer's owner filter. */
  readonly owners: readonly string[];
  readonly phases: readonly OverviewPhase[];
  readonly counts: PhaseCounts;
  /** Each task once, in the order the RFC first names it; ids that name no task file are left out. */
  readonly tasks: readonly OverviewTask[];
  /**
   * Counts of the diagnostics the editor shows for this RFC. Null when the server has not checked it:
   * with `rfcAuthor.diagnostics.scope` = `openFiles` an RFC that is not open, and with `workspace`
   * an RFC the first workspace pass has not reached yet (an `rfcAuthor/overviewChanged` follows).
   */
  readonly problems: ProblemCounts | null;
}

/** One workspace folder (a root of its own `.rfc-author.json`). */
export interface OverviewFolder {
  /** The folder's URI, as the server roots it. */
  readonly uri: string;
  /** Sorted by id, then by URI (RFCs without an id last). */
  readonly rfcs: readonly OverviewRfc[];
}

export interface WorkspaceOverview {
  readonly folders: readonly OverviewFolder[];
}

/** No parameters today; an object so that filters can be added without breaking clients. */
export type WorkspaceOverviewParams = Record<string, never>;

/**
 * `rfcAuthor/workspaceOverview` — client → server request. The RFC explorer asks for every RFC of
 * every workspace folder with its phases, linked tasks and problem counts, and renders the answer
 * as it is (it computes nothing itself). Asked when the view becomes visible and after each
 * `rfcAuthor/overviewChanged`. Computed from the index, without reading files: about 1,000 RFCs
 * answer in tens of milliseconds (docs/performance.md).
 */
export const WORKSPACE_OVERVIEW_REQUEST = 'rfcAuthor/workspaceOverview';

export interface OverviewChangedParams {
  /** The folders whose part of the overview may have changed. */
  readonly folders: readonly string[];
}

/**
 * `rfcAuthor/overviewChanged` — server → client notification. The overview may have changed: a
 * document was edited, created, deleted or re-read, a folder finished indexing or was reconfigured,
 * or an RFC's problem counts changed. Debounced (one notification per 300 ms at most), and sent only
 * to a client that has asked for the overview at least once. The client asks again when it shows
 * the explorer; it may ignore the notification while the view is hidden and ask when it is shown.
 */
export const OVERVIEW_CHANGED_NOTIFICATION = 'rfcAuthor/overviewChanged';

/**
 * Commands the server implements (`workspace/executeCommand`; announced in
 * `executeCommandProvider.commands`). VS Code's language client registers each as a VS Code command
 * of the same id, so the extension's own commands (its palette entries) use other ids and call
 * these through the language client.
 */
export const SERVER_COMMANDS = {
  /**
   * Rewrites the generated table of the RFC index file (`indexFile`, default `<RFC folder>/README.md`)
   * between `<!-- rfc-author:index:start -->` and `<!-- rfc-author:index:end -->`, through
   * `workspace/applyEdit`. Arguments: `[UpdateIndexArgs?]`. Result: `UpdateIndexResult`. "RFC: Update
   * Index" in the palette and the quick fix of the `index-stale` diagnostic run it.
   */
  updateIndex: 'rfcAuthor.server.updateIndex',
  /**
   * The `duplicate-id` quick fix: renumbers the later of two files sharing an id to the next free
   * id, with the same edit as a rename (title, file name, every reference that unambiguously means
   * it), through `workspace/applyEdit`. Arguments: `[RenumberArgs]`. Result: `RenumberResult`.
   */
  renumber: 'rfcAuthor.server.renumber',
} as const;

export interface UpdateIndexArgs {
  /** A document or folder URI that picks the workspace folder; every folder when absent. */
  readonly uri?: string;
}

export interface UpdateIndexResult {
  /** URIs of the index files that were rewritten. */
  readonly updated: readonly string[];
  /** URIs of the index files that were already current. */
  readonly current: readonly string[];
  /** One sentence per folder whose index file could not be updated (missing file or markers). */
  readonly problems: readonly string[];
}

export interface RenumberArgs {
  /** The file to renumber. */
  readonly uri: string;
  /** The id it carries now (the command refuses when the file no longer carries it). */
  readonly id: string;
  /** The id to give it (refused when taken by then). */
  readonly newId: string;
}

export interface RenumberResult {
  readonly applied: boolean;
  /** Why nothing was applied, when it was not. */
  readonly message?: string;
}

/**
 * Commands the client implements, which the server puts in its answers (CodeLens). An LSP client
 * other than VS Code implements them under the same id, or ignores the lens's command.
 */
export const CLIENT_COMMANDS = {
  /**
   * Opens a document. Arguments: `[uri: string]`, or `[uri: string, line: number]` to put the
   * cursor on a 0-based line. The phase-line CodeLens (`rfcAuthor.codeLens.phaseTasks`) opens the
   * task it names.
   */
  openDocument: 'rfcAuthor.openDocument',
} as const;

export type { RfcAuthorSettings } from './settings';
export { SETTINGS_SECTION } from './settings';
