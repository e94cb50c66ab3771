import * as path from 'node:path';
import type { Severity } from '../core';
import type { ReportView } from './reportView';
import { absolutePath, relativeTo, repositoryTop } from './reportView';

/** GitHub's annotation levels: an info is a notice. */
const COMMAND: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`. GitHub turns them
 * into annotations on the pull request's files, so `file` is the path from the repository's top
 * folder (where the checkout is), whatever the workspace root. Nothing else is printed: every line
 * is a command.
 */
export function formatGithub(view: ReportView, cwd: string): string {
  const lines: string[] = [];
  for (const file of view.files) {
    const top = repositoryTop(file.root);
    const where = relativeTo(top, file) ?? path.relative(cwd, absolutePath(file)).split(path.sep).join('/');
    for (const f of file.findings) {
      const properties = [
        `file=${escapeProperty(where)}`,
        `line=${f.range.start.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `endLine=${f.range.end.line + 1}`,
        `endColumn=${f.range.end.character + 1}`,
        `title=${escapeProperty(f.rule)}`,
      ];
      lines.push(`::${COMMAND[f.severity]} ${properties.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * A command's message, escaped as the runner reads it back (`@actions/core`'s rules): `%`, CR and
 * LF would otherwise end or corrupt the command.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as a message, and `:` and `,` too, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
