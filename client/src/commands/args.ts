/**
 * Reading the argument object a command may be given (`executeCommand(id, { title: … })`, or a
 * keybinding's `args`). A command given an answer skips the prompt that would ask for it; a wrong
 * argument is an error that names it, never silently a prompt.
 */

export type CommandArgs = Readonly<Record<string, unknown>>;

/** The argument object; `{}` when the command was run without one (from the palette). */
export function commandArgs(value: unknown, command: string): CommandArgs {
  // A command run from an editor's title or context menu gets the document's URI: not an answer.
  if (value === undefined || value === null || isUri(value)) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${command} takes an object of arguments (for example { "title": "…" }), not ${JSON.stringify(value)}.`);
  }
  return value as CommandArgs;
}

/** A string argument, or undefined when it is absent. */
export function stringArg(args: CommandArgs, key: string, command: string): string | undefined {
  const value = args[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  throw new Error(`${command}: the argument "${key}" must be a string, not ${JSON.stringify(value)}.`);
}

/** A string or number argument as a string (phase numbers are written `1` or `"1a"`). */
export function labelArg(args: CommandArgs, key: string, command: string): string | undefined {
  const value = args[key];
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return stringArg(args, key, command);
}

function isUri(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'scheme' in value && 'path' in value && typeof (value as { scheme: unknown }).scheme === 'string';
}
