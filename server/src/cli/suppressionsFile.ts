import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileFindings, Suppressions } from '../core';
import { applySuppressions, parseSuppressions, prune, serializeSuppressions, suppress, SUPPRESSIONS_FILE } from '../core';
import { UsageError } from './args';
import type { CheckedFile } from './check';
import { absolutePath } from './reportView';

/** What the suppression options ask for. */
export interface SuppressionRequest {
  /** `--suppress-all`: record every finding; `--suppress-rule`: only these rules'. */
  readonly record: 'none' | 'all' | 'rules';
  readonly rules: readonly string[];
  /** `--prune-suppressions`: lower the counts that went down. */
  readonly prune: boolean;
  /** `--suppressions-location`: one file instead of `<root>/rfc-author-suppressions.json` (absolute once resolved). */
  readonly location?: string;
  /** The location as the user wrote it, for messages. */
  readonly shownLocation?: string;
}

/** The findings still reported, and what the suppressions files say. */
export interface SuppressionOutcome {
  readonly files: readonly CheckedFile[];
  readonly suppressed: number;
  /** Unused suppressions, one line each (`file: rule (n fewer)`). */
  readonly unused: readonly string[];
  /** Files written, with what they now hold. */
  readonly written: readonly string[];
}

/**
 * Applies the suppressions files to a run's findings, after recording or pruning when asked. Each
 * root uses `<root>/rfc-author-suppressions.json` unless `--suppressions-location` names one file for
 * all; entries are keyed by the file's path from that file's folder (so, by default, from the root).
 * A missing default file means no suppressions; a named one that is missing is an error unless it
 * is being written, as in ESLint.
 */
export function applySuppressionFiles(files: readonly CheckedFile[], request: SuppressionRequest): SuppressionOutcome {
  const byFile = new Map<string, { file: CheckedFile; key: string }[]>();
  const exists = new Map<string, boolean>();
  const writing = request.record !== 'none' || request.prune;
  for (const file of files) {
    const location = request.location ?? path.join(file.root, SUPPRESSIONS_FILE);
    // No file and nothing to write: nothing is suppressed, and nothing needs to be worked out.
    if (!exists.has(location)) exists.set(location, fs.existsSync(location));
    if (!exists.get(location) && !writing && request.location === undefined) continue;
    const key = path.relative(path.dirname(location), absolutePath(file)).split(path.sep).join('/');
    const group = byFile.get(location);
    if (group) group.push({ file, key });
    else byFile.set(location, [{ file, key }]);
  }
  const reported = new Map<CheckedFile, CheckedFile>();
  let suppressed = 0;
  const unused: string[] = [];
  const written: string[] = [];
  for (const [location, group] of byFile) {
    const findings: FileFindings[] = group.map(({ file, key }) => ({ path: key, findings: file.findings }));
    let s = load(location, request);
    const before = serializeSuppressions(s);
    if (request.record !== 'none') s = suppress(s, findings, request.record === 'rules' ? request.rules : undefined);
    if (request.prune) s = prune(s, applySuppressions(findings, s).unused);
    const after = serializeSuppressions(s);
    if (after !== before || (request.record !== 'none' && !fs.existsSync(location))) {
      fs.mkdirSync(path.dirname(location), { recursive: true });
      fs.writeFileSync(location, after);
      written.push(location);
    }
    const result = applySuppressions(findings, s);
    result.files.forEach((r, i) => {
      reported.set(group[i].file, { ...group[i].file, findings: r.findings });
      suppressed += r.suppressed.length;
    });
    for (const [file, rules] of Object.entries(result.unused)) {
      for (const [rule, { count }] of Object.entries(rules)) unused.push(`${file}: ${rule} (${count} fewer than suppressed)`);
    }
  }
  return { files: files.map((f) => reported.get(f) ?? f), suppressed, unused, written };
}

function load(location: string, request: SuppressionRequest): Suppressions {
  let text: string;
  try {
    text = fs.readFileSync(location, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`Cannot read the suppressions file ${location} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
    if (request.location !== undefined && request.record === 'none') {
      throw new UsageError(`The suppressions file ${request.shownLocation ?? request.location} does not exist; run with --suppress-all or --suppress-rule to create it.`);
    }
    return {};
  }
  const parsed = parseSuppressions(text);
  if ('problem' in parsed) throw new UsageError(`The suppressions file ${location} cannot be used: ${parsed.problem}.`);
  return parsed.suppressions;
}
