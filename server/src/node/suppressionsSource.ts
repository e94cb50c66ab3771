import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger, Suppressions } from '../core';
import { parseSuppressions, SUPPRESSIONS_FILE } from '../core';

/**
 * The suppressions file of one workspace root, as the language server reads it: looked at (one
 * `stat`) whenever diagnostics are computed and read again when it changed, so every client sees
 * an edit of the file, with or without file watching. A missing file means no suppressions; a file
 * that cannot be used is logged once and ignored, so findings show rather than hide by mistake.
 */
export class SuppressionsSource {
  readonly file: string;
  private stamp = '';
  private value: Suppressions = {};

  constructor(root: string, private readonly logger: Logger) {
    this.file = path.join(root, SUPPRESSIONS_FILE);
  }

  current(): Suppressions {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(this.file, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    const stamp = stat ? `${stat.size}:${stat.mtimeMs}` : '';
    if (stamp === this.stamp) return this.value;
    this.stamp = stamp;
    this.value = stat ? this.read() : {};
    return this.value;
  }

  private read(): Suppressions {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (e) {
      this.logger.warn(`[rfc-author] Cannot read ${this.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); no findings are suppressed.`);
      return {};
    }
    const parsed = parseSuppressions(text);
    if ('problem' in parsed) {
      this.logger.warn(`[rfc-author] ${this.file} cannot be used: ${parsed.problem}; no findings are suppressed.`);
      return {};
    }
    return parsed.suppressions;
  }
}
