import fc from 'fast-check';
import type { CodeAction } from 'vscode-languageserver-types';
import { beforeAll, describe, it } from 'vitest';
import type { DiagnosticRef } from '../../../server/src/core/codeActions/edits';
import { MAX_FINDINGS_PER_RULE } from '../../../server/src/core/diagnostics';
import type { Finding, SourceDocument } from '../../../server/src/core/index';
import { TextLines } from '../../../server/src/core/text';
import { documentArb } from './arbitraries';
import { fuzz, timeoutFor } from './fuzz';
import { expectVersionedEdits, SimulatedClient } from './invariants';
import type { FuzzWorkspace } from './workspace';
import { fuzzWorkspace, RFC_PATH } from './workspace';

const EVERYWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function toRef(f: Finding): DiagnosticRef {
  return { range: f.range, code: f.rule, message: f.message, ...(f.data ? { data: f.data } : {}) };
}

/** A quick fix together with the problem it was offered for. */
interface Offer {
  readonly problem: string;
  readonly action: CodeAction;
}

/** The quick fixes of each finding, asked for one diagnostic at a time as an editor does at a cursor. */
function quickFixes(fw: FuzzWorkspace, doc: SourceDocument, findings: readonly Finding[]): Offer[] {
  return findings.flatMap((f) =>
    fw.service.getCodeActions(doc, f.range, { diagnostics: [toRef(f)], only: ['quickfix'] }).map((action) => ({ problem: `${f.rule}: ${f.message}`, action })),
  );
}

function key(o: Offer): string {
  return `${o.problem} => ${o.action.title}`;
}

function countBy(offers: readonly Offer[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of offers) out.set(key(o), (out.get(key(o)) ?? 0) + 1);
  return out;
}

/**
 * Applies one action as a client would, checks that applying it again is refused (the document's
 * version moved on, or the file it creates exists now), opens what it created in the workspace and
 * re-checks the result.
 */
async function applyAndRecheck(fw: FuzzWorkspace, doc: SourceDocument, action: CodeAction, created: string[]): Promise<{ doc: SourceDocument; findings: Finding[] }> {
  const uri = fw.service.uriOf(doc.path);
  expectVersionedEdits(action.edit, uri, doc.version, new TextLines(doc.text), action.title);
  const client = new SimulatedClient(uri, doc.text, doc.version);
  if (!action.edit || !client.apply(action.edit)) throw new Error(`${action.title}: the edit was refused on the version it was made for`);
  if (client.apply(action.edit)) throw new Error(`${action.title}: the stale edit applied a second time`);
  for (const change of action.edit.documentChanges ?? []) {
    if ('textDocument' in change || change.kind !== 'create') continue;
    const path = fw.service.pathOf(change.uri);
    if (path === undefined) throw new Error(`${action.title}: creates ${change.uri}, outside the workspace`);
    fw.open(path, client.text(change.uri) ?? '');
    created.push(path);
  }
  const next = fw.open(doc.path, client.text(uri) ?? '');
  return { doc: next, findings: await fw.service.computeDiagnostics(next) };
}

describe('code actions on any document', () => {
  let fw: FuzzWorkspace;
  beforeAll(async () => {
    fw = await fuzzWorkspace();
  });

  it('apply cleanly as versioned edits, are refused once stale, and are not offered again for the problem they fixed', async () => {
    await fuzz(
      'quick fixes',
      fc.asyncProperty(documentArb, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), async (text, picks) => {
        const created: string[] = [];
        try {
          const doc = fw.open(RFC_PATH, text);
          const findings = await fw.service.computeDiagnostics(doc);
          const offers = quickFixes(fw, doc, findings);
          const lines = new TextLines(text);
          const uri = fw.service.uriOf(RFC_PATH);
          for (const o of offers) expectVersionedEdits(o.action.edit, uri, doc.version, lines, o.action.title);
          if (offers.length === 0) return;
          const before = countBy(offers);
          for (const pick of new Set(picks.map((p) => p % offers.length))) {
            const chosen = offers[pick];
            const after = await applyAndRecheck(fw, doc, chosen.action, created);
            // Past the cap a rule reports only its first findings: fixing one shows the next.
            if (findings.filter((f) => chosen.problem.startsWith(`${f.rule}: `)).length >= MAX_FINDINGS_PER_RULE) continue;
            const again = countBy(quickFixes(fw, after.doc, after.findings)).get(key(chosen)) ?? 0;
            if (again >= (before.get(key(chosen)) ?? 0)) {
              throw new Error(`"${chosen.action.title}" is offered again for "${chosen.problem}" after it was applied; the text became:\n${JSON.stringify(after.doc.text)}`);
            }
          }
        } finally {
          for (const p of [RFC_PATH, ...created]) fw.close(p);
        }
      }),
      700,
    );
  }, timeoutFor(700, 150));

  it('offer source actions that apply cleanly and leave less for themselves to do', async () => {
    await fuzz(
      'source actions',
      fc.asyncProperty(documentArb, async (text) => {
        try {
          const doc = fw.open(RFC_PATH, text);
          const uri = fw.service.uriOf(RFC_PATH);
          const lines = new TextLines(text);
          for (const action of fw.service.getCodeActions(doc, EVERYWHERE, { diagnostics: [], only: ['source'] })) {
            const edits = expectVersionedEdits(action.edit, uri, doc.version, lines, action.title);
            const after = await applyAndRecheck(fw, doc, action, []);
            const again = fw.service.getCodeActions(after.doc, EVERYWHERE, { diagnostics: [], only: [action.kind ?? 'source'] }).find((a) => a.title === action.title);
            const left = again ? expectVersionedEdits(again.edit, uri, after.doc.version, new TextLines(after.doc.text), again.title).length : 0;
            if (left >= edits.length) throw new Error(`"${action.title}" still has ${left} edits to make after its ${edits.length} were applied:\n${JSON.stringify(after.doc.text)}`);
          }
        } finally {
          fw.close(RFC_PATH);
        }
      }),
      300,
    );
  }, timeoutFor(300, 100));
});
