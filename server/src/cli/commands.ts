import type { Subcommand } from './args';
import { checkCommand } from './checkCommand';
import { indexCommand } from './indexCommand';
import { initCommand } from './initCommand';
import { lspCommand } from './lspCommand';

/**
 * Every subcommand of `rfc-author`, in the order `--help` lists them. A new subcommand is one
 * module exporting a `Subcommand` and one entry here; parsing, help and dispatch follow the table.
 */
export const SUBCOMMANDS: readonly Subcommand[] = [checkCommand, indexCommand, initCommand, lspCommand];
