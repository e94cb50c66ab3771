/**
 * Every bug the property tests found, with the shrunk input exactly as fast-check reported it, and
 * what must hold for it now. Each test names the bug; its fix is in the core (see git log).
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiagnosticRef } from '../../../server/src/core/codeActions/edits';
import type { Finding } from '../../../server/src/core/index';
import { createRfcService } from '../../../server/src/core/index';
import { findMojibake } from '../../../server/src/core/mojibake';
import { parseRfc } from '../../../server/src/core/parser/rfcParser';
import { fillRfcTemplate } from '../../../server/src/core/scaffold';
import { buildTemplate } from '../../../server/src/core/template';
import { TextLines } from '../../../server/src/core/text';
import { growth, withAttempts } from './growth';
import { expectPosition, expectRange, expectVersionedEdits, SimulatedClient } from './invariants';
import type { FuzzWorkspace } from './workspace';
import { MemoryHost } from '../helpers';
import { fuzzWorkspace, RFC_PATH } from './workspace';

let fw: FuzzWorkspace;
beforeAll(async () => {
  fw = await fuzzWorkspace();
});

const EVERYWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function ref(f: Finding): DiagnosticRef {
  return { range: f.range, code: f.rule, message: f.message, ...(f.data ? { data: f.data } : {}) };
}

/** The findings of `text` as the open RFC, and the quick fixes offered for them. */
async function check(text: string): Promise<{ findings: Finding[]; fixes: CodeAction[] }> {
  const doc = fw.open(RFC_PATH, text);
  try {
    const findings = await fw.service.computeDiagnostics(doc);
    const fixes = findings.flatMap((f) => fw.service.getCodeActions(doc, f.range, { diagnostics: [ref(f)], only: ['quickfix'] }));
    return { findings, fixes };
  } finally {
    fw.close(RFC_PATH);
  }
}

/** Applies the first action whose title starts with `title` (a quick fix, or a source action when `source`). */
async function apply(text: string, title: string, source = false): Promise<{ text: string; client: SimulatedClient; action: CodeAction }> {
  const doc = fw.open(RFC_PATH, text);
  try {
    const actions = source
      ? fw.service.getCodeActions(doc, EVERYWHERE, { diagnostics: [], only: ['source'] })
      : (await fw.service.computeDiagnostics(doc)).flatMap((f) => fw.service.getCodeActions(doc, f.range, { diagnostics: [ref(f)], only: ['quickfix'] }));
    const action = actions.find((a) => a.title.startsWith(title));
    if (!action?.edit) throw new Error(`no action "${title}" among ${actions.map((a) => a.title).join(' | ')}`);
    const uri = fw.service.uriOf(RFC_PATH);
    expectVersionedEdits(action.edit, uri, doc.version, new TextLines(text), action.title);
    const client = new SimulatedClient(uri, text, doc.version);
    expect(client.apply(action.edit)).toBe(true);
    return { text: client.text(uri) ?? '', client, action };
  } finally {
    fw.close(RFC_PATH);
  }
}

const titles = (fixes: readonly CodeAction[]): string[] => fixes.map((a) => a.title);

/**
 * A shrunk input with a NUL near its start is binary now (one notice, nothing analysed), which hides
 * the bug it found; after 8,000 characters of text the NUL is analysed as before, bug path and all.
 */
const PAST_BINARY_SAMPLE = `${'Text. '.repeat(1400)}\n\n`;
const pastSample = (text: string): string => PAST_BINARY_SAMPLE + text;
const missing = (findings: readonly Finding[]): string[] => findings.filter((f) => f.rule === 'missing-section').map((f) => f.message);

describe('parsed positions', () => {
  it('keeps prose after a NUL inside the line, although markdown-it hands NUL over as U+FFFD', () => {
    const input = '~\n\n-\u0000 [ ] \u0000\u0000\u0000';
    expect(parseRfc('x.md', 1, input).limits.map((l) => l.message)).toEqual(['This file looks binary (it holds NUL bytes); it is not analysed.']);
    const doc = parseRfc('x.md', 1, pastSample(input));
    for (const p of doc.prose) expectPosition(doc.text, { line: p.line, character: p.character + p.text.length }, `prose "${p.text}"`);
    expect(doc.prose.slice(-2).map((p) => doc.text.line(p.line).slice(p.character, p.character + p.text.length))).toEqual(['~', '-\u0000 [ ] \u0000\u0000\u0000']);
  });

  it('keeps prose after a tab of list indentation inside the line, although markdown-it expands the tab', () => {
    const doc = parseRfc('x.md', 1, '- **Phase 0**: ⬜\n\t`');
    for (const p of doc.prose) expectPosition(doc.text, { line: p.line, character: p.character + p.text.length }, `prose "${p.text}"`);
    expect(doc.prose.find((p) => p.line === 1)).toMatchObject({ text: '`', character: 1 });
  });

  it('completes a status that wraps onto the next front matter line within the status line', () => {
    const text = '---\nstatus: in-progress\n\u0000title: TASK-0001 First step\n\tstatus: tabbed\ncreated: 2026-01-10\n---\n# RFC-0001<!--\n@alice é\n  - [x] 𐀀𐀀𐀀𐀀𐀀𐀀 [`a`](<TASK-0001b x>) \n(Task-0001), [](tasks/TASK-0002-networking.md#proof) **RFC-0001/RFC-0002**\n## Goals\n\n- <goal 1>\n- <goal 2>\n\n\n- Last Updated:YYYY-MM-DD\n  (note)';
    const doc = fw.open(RFC_PATH, text);
    try {
      const lines = new TextLines(text);
      for (let character = 0; character <= lines.lineLength(1); character++) {
        for (const item of fw.service.getCompletions(doc, { line: 1, character })) {
          if (item.textEdit && 'range' in item.textEdit) expectRange(lines, item.textEdit.range, `completion ${item.label}`);
        }
      }
    } finally {
      fw.close(RFC_PATH);
    }
  });
});

describe('inserted sections, fields and blocks land where the parser finds them', () => {
  const sectionCases: [string, string][] = [
    ['a document that ends in an unterminated code fence', '\u0000```\n```'],
    ['a document that ends in an unterminated HTML comment', '<!--'],
    ['a fence of four backticks that three do not close', '````\n```'],
    ['a fence left open inside a list item', 'RFC-0001```\n- Status: Draft\n  ```'],
    ['a document whose first line nests deeper than the parser goes, followed by an open fence', '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - \u0000- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - \n```\n```x'],
    ['a byte order mark before an open fence', '\ufeff```\n```the'],
    ['a fence that a form feed after three backticks does not close', '\n\n## RFC-0001B - A: B\n```\n` <br> cd /home/me/repo && make\n  ```\f\n    '],
    ['a byte order mark before a comment left open', '\ufeff<!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- <!-- '],
  ];
  for (const [name, input] of sectionCases) {
    it(`inserts every missing section as a real section after ${name}`, async () => {
      const text = input.includes('\u0000') ? pastSample(input) : input;
      expect(missing((await check(text)).findings)).not.toEqual([]);
      const fixed = await apply(text, 'Insert all missing sections', true);
      expect(missing((await check(fixed.text)).findings)).toEqual([]);
    });
  }

  it('inserts the first missing section as a real section at the end of an unterminated fence', async () => {
    const fixed = await apply(pastSample('\u0000```\n```'), 'Insert section "Status at a Glance"');
    expect(titles((await check(fixed.text)).fixes)).not.toContain('Insert section "Status at a Glance" from the template');
  });

  it('keeps the byte order mark first when a section is inserted before the first line', async () => {
    const text = '\ufeff## Checklist (keep current)\n\n- [ ] Scope boundaries are explicit; cross-RFC ownership is linked.\n- [ ] Task(s) exist for each milestone and contain stop conditions + proof.\n- [ ] Proof is “honest green” (markers/tests), not log-grep optimism.\n- [ ] Determinism + bounded resources are specified.\n- [ ] Security invariants are stated and have at least one regression proof.\n- [ ] If claiming stability: ABI/on-wire vectors + layout/compat tests exist.\n- [ ] Stubs (if any) are explicitly labeled and non-authoritative.\n';
    const fixed = await apply(text, 'Insert all missing sections', true);
    expect(fixed.text.startsWith('\ufeff## Status at a Glance')).toBe(true);
    expect(missing((await check(fixed.text)).findings)).toEqual([]);
  });

  it('adds a missing header field as a field of its own above a line that would have turned it into a heading', async () => {
    const [text] = ['# Sample design\n  - ', [0]];
    const fixed = await apply(text, 'Add the "Status" field');
    expect(titles((await check(fixed.text)).fixes)).not.toContain('Add the "Status" field');
  });

  it('does not offer "Create" for a task path holding a lone surrogate: the file it made had another name, so the fix came back', async () => {
    const [text] = ["# RFC-0001: Sample design\n\n- Status: In Progress\n- Owners: @alice / @bob\n- Created: 2026-01-10\n- Last Updated: 2026-02-01\n- Links:\n  - Tasks: `tasks/TASK-0001\ud83d-first-step.md` (execution + proof)\n\n## Status at a Glance\n 𐀀𐀀𐀀 𐀀𐀀𐀀\n- **Phase 0 (contract)**: ✅\n- **Phase 1 (hardening)**: 🟨\n- **Phase 2 (scale)**: ⬜\n\nDefinition:\n\n- “Complete” means the **contract** is defined and the **proof gates** are green.\n\n## Scope boundaries (anti-drift)\n\n- **This RFC owns**:\n  - the sample contract\n- **This RFC does NOT own**:\n  - everything else\n\n### Relationship to tasks (single execution truth)\n\n- Tasks define **stop conditions** and **proof commands**.\n\n## Context\n\nSamples need a design.\n\n## Goals\n\n- Make the sample work.\n\n## Non-Goals\n\n- Make it fast.\n\n## Constraints / invariants (hard requirements)\n\n- **Determinism**: markers are deterministic.\n- **Determinism**: markers are deterministic.\n\n## Proposed design\n\n### Contract / interface (normative)\n\nThe contract is a function.\n\n### Phases / milestones (contract-level)\n\n- **Phase 0**: the contract (TASK-0001)\n- **Phase 1**: hardening\n- **Phase 2**: scale\n\n## Security considerations\n\n- **Threat model**: a malicious input file.\n- **Mitigations**: bounds checks.\n- **Open risks**: none known.\n\n## Failure model (normative)\n\n- Errors are returned, never swallowed.\n\n## Proof / validation strategy (required)\n\n### Proof (Host)\n<div>\nhtml block TASK-0009\n</div>\n```bash\ncargo test -p sample\n```\n## Alternatives considered\n\n- Doing nothing (rejected: samples are needed).\n\n## Open questions\n\n- None.\n\n## Checklist (keep current)\n\n- [x] Scope boundaries are explicit.\n- [ ] Task(s) exist for each milestone.\n", [481541477]];
    const { fixes } = await check(text);
    expect(titles(fixes).filter((t) => t.startsWith('Create tasks/'))).toEqual([]);
    expect(titles(fixes)).toContain('Replace with `tasks/TASK-0001-first-step.md`');
  });

  it('adds the security labels after a fence the section leaves open', async () => {
    const [text] = ['| YYYY-MM-DD |\n| â€œ â€œ |\n## Alternatives considered\n\n- <alt 1> (why rejected)\n- <alt 2> (why rejected)\n\n\n## Security considerations\n~~~\nâœ…\n```', [1505498953]];
    const fixed = await apply(text, 'Add Threat model');
    expect((await check(fixed.text)).findings.filter((f) => f.rule === 'security-section')).toEqual([]);
  });

  it('adds a missing header field above a first section that has no title before it', async () => {
    const fixed = await apply('## ', 'Add the "Status" field');
    expect(titles((await check(fixed.text)).fixes)).not.toContain('Add the "Status" field');
  });

  it('adds a missing header field where the parser reads it after a too-deep first line and an HTML block', async () => {
    const [text] = ['- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - \u0000- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - \nâ€œğŸŸ¨\n- [ ] Ã©ğŸŸ¨\n<Title>\n## Proposed design\n\n### Contract / interface (normative)\n\nDefine the stable contract here (ABI, wire format, API, error model, etc.). If it is not stable yet,\nsay so explicitly and list the versioning strategy.\n\n### Phases / milestones (contract-level)\n\nKeep phases tied to contracts + proofs, not “implementation chores”.\n\n- **Phase 0**: <minimal contract + proof gate>\n- **Phase 1**: <hardening>\n- **Phase 2**: <scalability/perf/feature>\n\n', [1759096521]];
    const fixed = await apply(pastSample(text), 'Add the "Status" field');
    expect(titles((await check(fixed.text)).fixes)).not.toContain('Add the "Status" field');
  });
});

describe('work that grew faster than the text', () => {
  // Found by the pathological shapes of linear.test.ts; each took seconds to minutes at 200 KB.
  const shapes: [string, (n: number) => string][] = [
    ['a line of HTML comments followed by text (exponential backtracking)', (n) => `${'<!-- a -->'.repeat(Math.ceil(n / 10))}x\n`],
    ['links that never close their destination', (n) => '[a]('.repeat(Math.ceil(n / 4))],
    ['one paragraph of very many lines', (n) => 'a\n'.repeat(Math.ceil(n / 2))],
    ['a comment of directives without its -->', (n) => `<!-- ${'rfc-author-disable '.repeat(Math.ceil(n / 19))}>\n`],
  ];
  for (const [name, make] of shapes) {
    it(`parses ${name} in time that grows linearly`, async () => {
      await withAttempts(3, async () => {
        const g = await growth(fw.service, make, 20_000, 100_000);
        return g.ratio < 8 ? undefined : `${g.size} → ${g.size * 4} characters cost ${g.ratio.toFixed(1)}× as much`;
      });
    }, 60_000);
  }
});

describe('templates', () => {
  it('fills the title of a template whose title line is empty, after its marker', () => {
    for (const template of ['#', '\ufeff# ']) {
      const filled = fillRfcTemplate(buildTemplate(template, 'fuzz'), { id: 'RFC-0007', title: 'Fuzzed', today: '2026-11-26' });
      expect(parseRfc('docs/rfcs/RFC-0007-fuzzed.md', 1, filled).title?.canonicalId, JSON.stringify(filled)).toBe('RFC-0007');
    }
  });
});

describe('a status on the line after its field name', () => {
  it('is replaced where it is written by the fix that makes it agree with the phases', async () => {
    const [text] = ['# RFC-0001: Sample\n\n- Status:\n Complete\n- Owners: @alice / @bob\n- Created: 2026-01-10\n- Last Updated: 2026-02-01\n- Links:\n  - Tasks: `tasks/TASK-0001-first-step.md` (execution + proof)\n\n## Status at a Glance\n\n- **Phase 0 (contract)**: ✅\n- **Phase 1 (hardening)**: 🟨\n- **Phase 2 (scale)**: ⬜\n\nDefinition:\n\n- “Complete” means the **contract** is defined and the **proof gates** are green.\n\n## Scope boundaries (anti-drift)\n\n- **This RFC owns**:\n  - the sample contract\n- **This RFC does NOT own**:\n  - everything else\n\n### Relationship to tasks (single execution truth)\n\n- Tasks define **stop conditions** and **proof commands**.\n\n## Context\n\nSamples need a design.\n\n## Goals\n\n- Make the sample work.\n\n## Non-Goals\n\n- Make it fast.\n\n## Constraints / invariants (hard requirements)\n\n- **Determinism**: markers are deterministic.\n\n## Proposed design\n\n### Contract / interface (normative)\n\nThe contract is a function.\n\n### Phases / milestones (contract-level)\n\n- **Phase 0**: the contract (TASK-0001)\n- **Phase 1**: hardening\n- **Phase 2**: scale\n\n## Security considerations\n\n- **Threat model**: a malicious input file.\n- **Mitigations**: bounds checks.\n- **Open risks**: none known.\n\n## Failure model (normative)\n\n- Errors are returned, never swallowed.\n\n## Proof / validation strategy (required)\n\n### Proof (Host)\n\n```bash\ncargo test -p sample\n```\n\n## Alternatives considered\n\n- Doing nothing (rejected: samples are needed).\n\n## Open questions\n\n- None.\n\n## Checklist (keep current)\n\n- [x] Scope boundaries are explicit.\n- [ ] Task(s) exist for each milestone.\n', [0]];
    const fixed = await apply(text, 'Set Status to "In Progress"');
    expect(fixed.text).toContain('- Status:\n In Progress\n');
    expect((await check(fixed.text)).findings.filter((f) => f.rule === 'status-phase-mismatch')).toEqual([]);
  });
});

describe('owners in a front matter list', () => {
  it('are fixed one by one where they are written, not by replacing the whole list', async () => {
    const [text] = ['---\nlinks:\n  - RFC-0001\n  - docs/rfcs/RFC-0002-other.md\nowners: [@a, @b]\n  - orphan item\n: no key\n[links:\n  - RFC-0001\n  - docs/rfcs/RFC-0002-other.md\n✅\u001btitle: TASK-0001 First step\n---\n#  Task-0001x:', [146695688, 0]];
    const fixed = await apply(text, 'Write the owner as @rfcs');
    expect(fixed.text).toContain('owners: [@a, @b]');
    expect(titles((await check(fixed.text)).fixes)).not.toContain('Write the owner as @rfcs');
    const block = await apply('---\nowners:\n  - @alice\n  - bob # lead\n---\n# RFC-0001: T\n', 'Write the owner as @bob');
    expect(block.text).toBe('---\nowners:\n  - @alice\n  - @bob # lead\n---\n# RFC-0001: T\n');
  });
});

describe('binary files', () => {
  it('offer no fixes, since their sections are not missing but unread', () => {
    const doc = fw.open(RFC_PATH, '\u0000');
    try {
      expect(fw.service.getCodeActions(doc, EVERYWHERE, { diagnostics: [], only: ['source'] })).toEqual([]);
    } finally {
      fw.close(RFC_PATH);
    }
  });

  it('are not used as the template: the built-in one is, with a warning', async () => {
    const warnings: string[] = [];
    const host = new MemoryHost(new Map([['docs/rfcs/RFC-TEMPLATE.md', '\u0000']]));
    const service = await createRfcService({ host, logger: { info: () => undefined, warn: (m) => void warnings.push(m), error: () => undefined } });
    expect(service.templateSource).toBe('built-in templates/rfc.md');
    expect(warnings).toEqual(['The template "docs/rfcs/RFC-TEMPLATE.md" looks binary (it holds NUL bytes); using the built-in template.']);
  });
});

describe('header values', () => {
  it('does not call an allowed status unknown because a lazily wrapped line follows it', async () => {
    const [text] = ['# RFC-0001: Sample design\n\n- Status: In Progress\n\u0000- Owners: @alice / @bob\n- Created: 2026-01-10\n- Last Updated: 2026-02-01\n- Links:\n  - Tasks: `tasks/TASK-0001-first-step.md` (execution + proof)\n\n## Status at a Glance\n\n- **Phase 0 (contract)**: ✅\n- **Phase 1 (hardening)**: 🟨\n- **Phase 2 (scale)**: ⬜\n\nDefinition:\n\n- “Complete” means the **contract** is defined and the **proof gates** are green.\n\n## Scope boundaries (anti-drift)\n\n- **This RFC owns**:\n  - the sample contract\n- **This RFC does NOT own**:\n  - everything else\n\n### Relationship to tasks (single execution truth)\n\n- Tasks define **stop conditions** and **proof commands**.\n\n## Context\n\nSamples need a design.\n\n## Goals\n\n- Make the sample work.\n\n## Non-Goals\n\n- Make it fast.\n\n## Constraints / invariants (hard requirements)\n\n- **Determinism**: markers are deterministic.\n\n## Proposed design\n\n### Contract / interface (normative)\n\nThe contract is a function.\n\n### Phases / milestones (contract-level)\n\n- **Phase 0**: the contract (TASK-0001)\n- **Phase 1**: hardening\n- **Phase 2**: scale\n\n## Security considerations\n\n- **Threat model**: a malicious input file.\n- **Mitigations**: bounds checks.\n- **Open risks**: none known.\n\n## Failure model (normative)\n\n- Errors are returned, never swallowed.\n\n## Proof / validation strategy (required)\n\n### Proof (Host)\n\n```bash\ncargo test -p sample\n```\n\n## Alternatives considered\n\n- Doing nothing (rejected: samples are needed).\n\n## Open questions\n\n- None.\n\n## Checklist (keep current)\n\n- [x] Scope boundaries are explicit.\n- [ ] Task(s) exist for each milestone.\n', [38526379]];
    for (const t of [text, pastSample(text), '# RFC-0001: T\n\n- Status: In Progress\nbecause of the rewrite\n']) {
      const { findings, fixes } = await check(t);
      expect(findings.filter((f) => f.rule === 'status-value')).toEqual([]);
      expect(titles(fixes)).not.toContain('Change the status to "In Progress"');
    }
  });
});

describe('fixes applied twice', () => {
  it('refuses to create a missing task file a second time instead of writing the template into it twice', async () => {
    const [text] = ['# RFC-0001: Sample design\n\n- Status: In Progress\n- Owners: @alice / @bob\n- Created: 2026-01-10\n- Last Updated: 2026-02-01\n- Links:\n  - Tasks: `tasks/TASK-0\u0000001-first-step.md` (execution + proof)\n\n## Status at a Glance\n\n- **Phase 0 (contract)**: ✅\n- **Phase 1 (hardening)**: 🟨\n- **Phase 2 (scale)**: ⬜\n\nDefinition:\n\n- “Complete” means the **contract** is defined and the **proof gates** are green.\n\n## Scope boundaries (anti-drift)\n\n- **This RFC owns**:\n  - the sample contract\n- **This RFC does NOT own**:\n  - everything else\n\n### Relationship to tasks (single execution truth)\n\n- Tasks define **stop conditions** and **proof commands**.\n\n## Context\n\nSamples need a design.\n\n## Goals\n\n- Make the sample work.\n\n## Non-Goals\n\n- Make it fast.\n\n## Constraints / invariants (hard requirements)\n\n- **Determinism**: markers are deterministic.\n\n## Proposed design\n\n### Contract / interface (normative)\n\nThe contract is a function.\n\n### Phases / milestones (contract-level)\n\n- **Phase 0**: the contract (TASK-0001)\n- **Phase 1**: hardening\n- **Phase 2**: scale\n\n## Security considerations\n\n- **Threat model**: a malicious input file.\n- **Mitigations**: bounds checks.\n- **Open risks**: none known.\n\n## Failure model (normative)\n\n- Errors are returned, never swallowed.\n\n## Proof / validation strategy (required)\n\n### Proof (Host)\n\n```bash\ncargo test -p sample\n```\n\n## Alternatives considered\n\n- Doing nothing (rejected: samples are needed).\n\n## Open questions\n\n- None.\n\n## Checklist (keep current)\n\n- [x] Scope boundaries are explicit.\n- [ ] Task(s) exist for each milestone.\n', [1568793451]];
    const { client, action } = await apply(pastSample(text), 'Create tasks/TASK-0');
    const created = action.edit?.documentChanges?.find((c) => 'kind' in c && c.kind === 'create');
    expect(created).toMatchObject({ options: { overwrite: false, ignoreIfExists: false } });
    expect(client.apply(action.edit ?? {})).toBe(false);
  });

  it('offers only fixes with a URI every client can read for a link whose path holds a lone surrogate, and no "Create" (the file would get another name)', async () => {
    const [text] = ['`tasks/TASK-0001-first-step.md``tasks/TASK-0001-first-step.md``tasks/TASK-0001-first-step.md``tasks/TASK-0001-first-step.md``tasks/TASK-0001-first-step.md``tasks/TASK-0001-first-step.md``tasks/TASK-0001-first-step.md``tasks/TASK-0\ud83d001-first-step.md``tasks/TASK-0001-first-step.md``tasks/TASK-0001-first-step.md``tasks/TASK-0001-first-step.md``tasks/TASK-0001-first-step.md`', [0]];
    const { fixes } = await check(text);
    const uris = fixes.flatMap((a) => a.edit?.documentChanges ?? []).map((c) => ('textDocument' in c ? c.textDocument.uri : c.kind === 'create' ? c.uri : ''));
    expect(fixes.some((a) => a.title.startsWith('Create tasks/TASK-0'))).toBe(false);
    expect(fixes.some((a) => a.title.startsWith('Replace with'))).toBe(true);
    for (const uri of uris) expect(() => decodeURIComponent(uri)).not.toThrow();
  });

  it('repairs damaged characters once and leaves nothing to repair again', async () => {
    for (const text of ['İâ€œ', 'é â€œ# Sample design', '| é—â€œ |  |']) {
      const fixed = await apply(text, 'Repair damaged characters', true);
      expect(findMojibake(fixed.text)).toEqual([]);
    }
  });

  it('does not take German or French typography next to an accented capital, ß or é for damage', () => {
    for (const text of ['„Spaß“ macht es', 'ÉTÉ\u00a0»', '« café\u00a0»', 'à\u00a0“x”', 'İ“', '| é—“ |']) expect(findMojibake(text), text).toEqual([]);
  });
});

