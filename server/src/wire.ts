/**
 * The one bridge between two typings of the same wire format. The core builds its answers with
 * vscode-languageserver-types 3.18 (its own dependency); the connection (vscode-languageserver 9)
 * is typed with 3.17. 3.18 only adds optional fields and widens a few unions (snippet text edits,
 * markup diagnostic messages) that the core never produces, so a core value is a valid 3.17 value
 * on the wire; only the compiler needs telling.
 */
export function fromCore<Lsp>(value: unknown): Lsp {
  return value as Lsp;
}
