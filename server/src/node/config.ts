import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ConfigProblem, RfcAuthorConfig } from '../core';
import { DEFAULT_CONFIG, parseConfigText, RULE_IDS } from '../core';

/** The configuration file's name at a workspace root. */
export const CONFIG_FILE = '.rfc-author.json';

/** What `loadConfig` found: the configuration to use, what was wrong with the file, and which file it was. */
export interface LoadedConfig {
  readonly config: RfcAuthorConfig;
  readonly problems: ConfigProblem[];
  /** Absolute path of the file read; absent when there is none and the defaults apply. */
  readonly file?: string;
}

/**
 * The workspace root for a path: the nearest folder at or above it that holds `.rfc-author.json` or
 * `.git`, else the path itself (its folder, when it is a file). The result is absolute.
 */
export function findWorkspaceRoot(startPath: string): string {
  const start = path.resolve(startPath);
  const from = isFile(start) ? path.dirname(start) : start;
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, CONFIG_FILE)) || fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

/**
 * Reads the configuration of a workspace root: `explicitFile` when given (relative to the current
 * folder), else `<root>/.rfc-author.json` when it exists, else the defaults. A file that cannot be
 * read or parsed is a problem, never an exception; the defaults stand in for whatever is wrong.
 */
export async function loadConfig(root: string, explicitFile?: string): Promise<LoadedConfig> {
  const file = explicitFile !== undefined ? path.resolve(explicitFile) : path.join(path.resolve(root), CONFIG_FILE);
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (e) {
    if (explicitFile === undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') return { config: DEFAULT_CONFIG, problems: [] };
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { config: DEFAULT_CONFIG, problems: [{ key: '(file)', message: `Cannot read the configuration file ${file} (${reason}); using the defaults.` }], file };
  }
  const { config, problems } = parseConfigText(text, RULE_IDS);
  return { config, problems, file };
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
