import { describe, expect, it } from 'vitest';
import type { FixAllResult, RfcService } from '../../../server/src/core/index';
import { FIX_ALL_KIND, FIX_ALL_TITLE, serviceFor } from '../../../server/src/core/index';
import type { Finding } from '../../../server/src/core/types';
import { applyAction, applyTextEdits } from '../applyEdit';
import { cleanRfc, task, workspace } from '../helpers';

const PATH = 'docs/rfcs/RFC-0001-sample.md';
const TASKS = {
  'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step', 'done'),
  'tasks/TASK-0002-networking.md': task('TASK-0002', 'Networking', 'done'),
};

async function service(text: string, others: Record<string, string> = TASKS): Promise<RfcService> {
  return serviceFor(await workspace({ ...others, [PATH]: text }));
}

/** Fix all on `text`, checked against its own contract: the edits give the text, and a second run changes nothing. */
async function fixAll(text: string, others?: Record<string, string>): Promise<FixAllResult & { before: Finding[]; after: Finding[] }> {
  const s = await service(text, others);
  const r = await s.getFixAll({ path: PATH, text, version: 1 });
  expect(applyTextEdits(text, r.edits)).toBe(r.text);
  const again = await s.getFixAll({ path: PATH, text: r.text, version: 2 });
  expect(again.fixes).toEqual([]);
  expect(again.text).toBe(r.text);
  const before = await s.computeDiagnostics({ path: PATH, text, version: 1 });
  const after = await s.computeDiagnostics({ path: PATH, text: r.text, version: 2 });
  return { ...r, before, after };
}

const rules = (findings: readonly Finding[]): string[] => findings.map((f) => f.rule).sort();

/** Whether some rule has more findings after than before. */
function added(before: readonly Finding[], after: readonly Finding[]): string[] {
  const count = (fs: readonly Finding[], rule: string): number => fs.filter((f) => f.rule === rule).length;
  return [...new Set(after.map((f) => f.rule))].filter((r) => count(after, r) > count(before, r));
}

describe('fix all', () => {
  it('changes nothing in a clean RFC', async () => {
    const r = await fixAll(cleanRfc());
    expect(r.fixes).toEqual([]);
    expect(r.edits).toEqual([]);
  });

  it('writes the colon between the id and the title', async () => {
    const r = await fixAll(cleanRfc().replace('# RFC-0001: Sample design', '# RFC-0001 — Sample design'));
    expect(r.text.split('\n')[0]).toBe('# RFC-0001: Sample design');
    expect(r.fixes.map((f) => f.rule)).toEqual(['title-format']);
    expect(rules(r.after)).toEqual([]);
  });

  it('writes the id the file name carries in the title', async () => {
    const r = await fixAll(cleanRfc('RFC-0007'));
    expect(r.text.split('\n')[0]).toBe('# RFC-0001: Sample design');
    expect(r.fixes.map((f) => f.rule)).toEqual(['id-mismatch']);
  });

  it('drops `cd <home dir> &&` from a proof command and keeps the command', async () => {
    const r = await fixAll(cleanRfc().replace('cargo test -p sample', 'cd /home/alice/src/sample && cargo test -p sample'));
    expect(r.text).toContain('```bash\ncargo test -p sample\n```');
    expect(r.fixes.map((f) => f.rule)).toEqual(['proof-absolute-path']);
  });

  it('writes a date that reads one way as YYYY-MM-DD, and leaves one that could be two dates', async () => {
    const one = await fixAll(cleanRfc().replace('- Created: 2026-01-10', '- Created: January 10, 2026'));
    expect(one.text).toContain('- Created: 2026-01-10\n');
    const two = await fixAll(cleanRfc().replace('- Created: 2026-01-10', '- Created: 02.01.2026'));
    expect(two.fixes).toEqual([]);
    expect(rules(two.after)).toEqual(['date-format']);
  });

  it('repairs every damaged character, past the number of findings shown', async () => {
    const damaged = Array.from({ length: 450 }, (_, i) => `- Item ${i}: â€œquotedâ€`).join('\n');
    const r = await fixAll(`${cleanRfc()}\n${damaged}\n`);
    expect(r.text).not.toContain('â€');
    expect(r.text).toContain('- Item 449: “quoted”');
    expect(r.fixes.filter((f) => f.rule === 'mojibake')).toHaveLength(900);
  });

  it('replaces a broken link when one document carries its id, and not when the guess is a close name', async () => {
    const link = (path: string): string => cleanRfc().replace('`tasks/TASK-0001-first-step.md`', `\`${path}\``);
    const one = await fixAll(link('tasks/TASK-0001-first-stpe.md'));
    expect(one.text).toContain('`tasks/TASK-0001-first-step.md` (execution + proof)');
    expect(one.fixes.map((f) => f.rule)).toEqual(['broken-link']);
    const two = await fixAll(link('tasks/TASK-0001-first-stpe.md'), { ...TASKS, 'tasks/TASK-0001-first-step-again.md': task('TASK-0001', 'Again', 'done') });
    expect(two.fixes).toEqual([]);
    const none = await fixAll(link('tasks/TASK-0009-first-step.md'));
    expect(none.fixes).toEqual([]);
  });

  it('leaves fixes that guess alone: a missing section, a status word, today for a date', async () => {
    const text = cleanRfc()
      .replace(/## Goals\n\n- Make the sample work\.\n\n/, '')
      .replace('- Status: In Progress', '- Status: In Progres')
      .replace('- Last Updated: 2026-02-01', '- Last Updated: 2025-02-01');
    const r = await fixAll(text);
    expect(r.fixes).toEqual([]);
    expect(rules(r.before)).toEqual(['date-order', 'missing-section', 'status-value']);
  });

  it('takes one of two fixes of the same text per round and the other in the next', async () => {
    const r = await fixAll(cleanRfc().replace('# RFC-0001: Sample design', '# RFC-0001 — Sample â€œdesignâ€'));
    expect(r.text.split('\n')[0]).toBe('# RFC-0001: Sample “design”');
    expect(r.fixes.map((f) => f.rule).sort()).toEqual(['mojibake', 'mojibake', 'title-format']);
  });

  it('never applies a fix that makes another finding appear', async () => {
    // Read as a date, "March 5, 2026" is after Last Updated: the rewrite would reveal a date-order finding.
    const text = cleanRfc().replace('- Created: 2026-01-10', '- Created: March 5, 2026');
    const r = await fixAll(text);
    expect(r.fixes).toEqual([]);
    expect(added(r.before, r.after)).toEqual([]);
    const fine = await fixAll(text.replace('March 5, 2026', 'January 5, 2026'));
    expect(fine.text).toContain('- Created: 2026-01-05\n');
  });

  it('keeps a byte order mark and CRLF line ends', async () => {
    const text = `\uFEFF${cleanRfc().replace('# RFC-0001: Sample design', '# RFC-0001 - Sample design').replace(/\n/g, '\r\n')}`;
    const r = await fixAll(text);
    expect(r.text.startsWith('\uFEFF# RFC-0001: Sample design\r\n')).toBe(true);
    expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('is the `source.fixAll.rfcAuthor` action, offered when asked for and for a fixable diagnostic at the cursor', async () => {
    const text = cleanRfc().replace('# RFC-0001: Sample design', '# RFC-0001 — Sample design').replace('cargo test -p sample', 'cd /home/alice/x && cargo test -p sample');
    const s = await service(text);
    const doc = { path: PATH, text, version: 1 };
    const expected = (await s.getFixAll(doc)).text;
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const only of [['source'], ['source.fixAll'], [FIX_ALL_KIND]]) {
      const actions = s.getCodeActions(doc, everywhere, { diagnostics: [], only });
      const fix = actions.find((a) => a.kind === FIX_ALL_KIND);
      expect(fix?.title).toBe(FIX_ALL_TITLE);
      expect(applyAction(text, fix, s.uriOf(PATH))).toBe(expected);
    }
    expect(s.getCodeActions(doc, everywhere, { diagnostics: [], only: ['quickfix'] }).some((a) => a.kind === FIX_ALL_KIND)).toBe(false);
    const findings = await s.computeDiagnostics(doc);
    const ref = (f: Finding) => ({ range: f.range, code: f.rule, message: f.message, data: f.data });
    const title = findings.filter((f) => f.rule === 'title-format').map(ref);
    expect(s.getCodeActions(doc, everywhere, { diagnostics: title }).some((a) => a.kind === FIX_ALL_KIND)).toBe(true);
    expect(s.getCodeActions(doc, everywhere, { diagnostics: [] }).some((a) => a.kind === FIX_ALL_KIND)).toBe(false);
  });

  it("writes the file's id for the title's RFC-XXXX and leaves the other placeholders to the author", async () => {
    const r = await fixAll(cleanRfc().replace('# RFC-0001: Sample design', '# RFC-XXXX: <Title>').replace('- Created: 2026-01-10', '- Created: YYYY-MM-DD'));
    expect(r.text.split('\n')[0]).toBe('# RFC-0001: <Title>');
    expect(r.text).toContain('- Created: YYYY-MM-DD\n');
    expect(r.fixes.map((f) => f.rule)).toEqual(['placeholder']);
  });

  it('fixes tasks and ADRs too: damaged characters and a link with one candidate', async () => {
    const files = { ...TASKS, [PATH]: cleanRfc() };
    const s = serviceFor(await workspace(files));
    const taskText = `${task('TASK-0003', 'Caf\u00c3\u00a9 menu', 'todo')}\nSee \`tasks/TASK-0001-first-stpe.md\`.\n`;
    const t = await s.getFixAll({ path: 'tasks/TASK-0003-cafe.md', text: taskText, version: 1 });
    expect(t.text).toContain('title: TASK-0003 Café menu');
    expect(t.text).toContain('See `tasks/TASK-0001-first-step.md`.');
    const adr = '# ADR-0002: Caf\u00c3\u00a9\n\n- Status: Accepted\n';
    expect((await s.getFixAll({ path: 'docs/adr/0002-cafe.md', text: adr, version: 1 })).text).toBe('# ADR-0002: Café\n\n- Status: Accepted\n');
    expect(await s.getFixAll({ path: 'README.md', text: 'Caf\u00c3\u00a9', version: 1 })).toEqual({ text: 'Caf\u00c3\u00a9', edits: [], fixes: [] });
  });

  it('fixes nothing of a rule that is off, nor a finding silenced by a comment', async () => {
    const text = cleanRfc().replace('# RFC-0001: Sample design', '# RFC-0001 — Sample design').replace('cargo test -p sample', 'cd /home/alice/x && cargo test -p sample');
    const off = serviceFor(await workspace({ ...TASKS, [PATH]: text }, { rules: { 'title-format': 'off' } }));
    expect((await off.getFixAll({ path: PATH, text, version: 1 })).fixes.map((f) => f.rule)).toEqual(['proof-absolute-path']);
    const silenced = text.replace('```bash\ncd', '<!-- rfc-author-disable proof-absolute-path -->\n\n```bash\ncd');
    const s = await service(silenced);
    expect((await s.getFixAll({ path: PATH, text: silenced, version: 1 })).fixes.map((f) => f.rule)).toEqual(['title-format']);
  });
});
