import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Finding, RfcService, SourceDocument } from '../core';
import { countByRule } from '../core';
import type { CheckedFile } from './check';
import type { FixSummary } from './reportView';
import type { WorkspaceRun } from './workspaceRun';

/**
 * The edits of every unambiguous fix of a document, as the editor's own edit builders make them
 * (never a second implementation), and how many fixes they are. The one place `--fix` reaches the
 * core.
 */
export type FixEdits = (service: RfcService, doc: SourceDocument) => Promise<{ readonly edits: readonly TextEdit[]; readonly fixes: number }>;

/**
 * The facade's "fix all" (`getFixAll`, what the editor's `source.fixAll.rfcAuthor` action applies):
 * its minimal edits against the text given, and the fixes they make.
 */
export const fixAllEdits: FixEdits = async (service, doc) => {
  const result = await service.getFixAll(doc);
  return { edits: result.edits, fixes: result.fixes.length };
};

/** Fix passes per file at most: a fix may make another one possible, as in ESLint (which stops at 10). */
const MAX_PASSES = 10;

/** What fixing one workspace root did. */
export interface RootFixes {
  readonly files: FixSummary['files'];
  /** The checked files whose findings changed (fixed ones, and documents that depend on them), rechecked. */
  readonly rechecked: ReadonlyMap<string, readonly Finding[]>;
}

/**
 * Applies the unambiguous fixes to the checked files of one root that have findings. Each file is
 * fixed in passes until no fix is left; a file whose fixes would add a finding of a rule that had
 * fewer is left as it was (a fix never adds a finding), with a note. The fixed text stands in for the
 * file in the index, so the documents that depend on it are checked again against it; with `write` it is
 * written to disk.
 */
export async function fixRoot(run: WorkspaceRun, files: readonly CheckedFile[], edits: FixEdits, write: boolean, note: (line: string) => void, stdinText?: string): Promise<RootFixes> {
  const changed: { root: string; path: string; fixes: number }[] = [];
  const rechecked = new Map<string, readonly Finding[]>();
  const dependents = new Set<string>();
  for (const file of files) {
    if (file.findings.length === 0) continue;
    const original = stdinText ?? (await run.read(file.path));
    if (original === undefined) continue;
    const fixed = await fixText(run, file.path, original, edits);
    if (fixed.fixes === 0) continue;
    const after = await run.diagnose({ path: file.path, text: fixed.text, version: 1 });
    const added = addedRules(file.findings, after);
    if (added.length > 0) {
      note(`${file.path}: fixes not applied; they would add ${added.join(', ')} findings.`);
      continue;
    }
    for (const d of run.service.updateDocument({ path: file.path, text: fixed.text, version: 1 })) dependents.add(d);
    // Written in place, as ESLint does: the file keeps its mode, and a symlinked document stays a link.
    if (write) fs.writeFileSync(path.join(run.root, ...file.path.split('/')), fixed.text);
    changed.push({ root: run.root, path: file.path, fixes: fixed.fixes });
    rechecked.set(file.path, after);
  }
  for (const p of dependents) {
    if (rechecked.has(p) || !files.some((f) => f.path === p)) continue;
    const text = await run.read(p);
    if (text !== undefined) rechecked.set(p, await run.diagnose({ path: p, text, version: 1 }));
  }
  return { files: changed, rechecked };
}

/** Applies fix passes to one text until none is left; counts the edits applied. */
async function fixText(run: WorkspaceRun, p: string, text: string, edits: FixEdits): Promise<{ text: string; fixes: number }> {
  let current = text;
  let fixes = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const round = await edits(run.service, { path: p, text: current, version: pass + 1 });
    if (round.edits.length === 0) break;
    const next = TextDocument.applyEdits(TextDocument.create('file:///fix', 'markdown', 1, current), [...round.edits]);
    if (next === current) break;
    fixes += round.fixes;
    current = next;
  }
  return { text: current, fixes };
}

/** Rules with more findings after than before. */
function addedRules(before: readonly Finding[], after: readonly Finding[]): string[] {
  const was = countByRule(before);
  return [...countByRule(after)].filter(([rule, n]) => n > (was.get(rule) ?? 0)).map(([rule]) => rule);
}
