/** What the CLI talks to: the process's streams and surroundings, or a test's. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours are used only then, unless forced). */
  readonly isTTY: boolean;
  /** The whole of standard input (`check -`). */
  readStdin(): Promise<string>;
  /** Today as `YYYY-MM-DD` (the real date when absent; tests pin it). */
  readonly today?: () => string;
  /**
   * Starts the language server on stdio (`rfc-author lsp`). Only the real process can: it hands
   * over the process's streams for good.
   */
  readonly startLanguageServer?: () => void;
}

/** The exit codes, as `--help` and the README list them. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A bug in RFC Author itself, kept apart from the documented outcomes so CI logs make it plain. */
export const EXIT_INTERNAL = 3;

/** The exit-code table of `--help` (the README's table says the same; a test compares them). */
export const EXIT_CODES: readonly (readonly [number, string])[] = [
  [EXIT_OK, 'no error-level finding, and no more warnings than --max-warnings'],
  [EXIT_FINDINGS, 'at least one error-level finding, or more warnings than --max-warnings; for index --check, a table out of date'],
  [EXIT_USAGE, 'a usage error, a problem in the configuration (the check still runs, with defaults), no file to check, suppressions left that no longer occur, or for init a configuration already there or no layout found'],
  [EXIT_INTERNAL, 'an internal error (a bug in RFC Author; please report it)'],
];

/** How a usage error is told: its one line, then where to read more. */
export function usageErrorText(message: string): string {
  return `rfc-author: ${message}\nRun \`rfc-author --help\` for usage.\n`;
}
