/**
 * The two example workspaces in other teams' styles (written by us, never copied): React/Vue-style
 * RFCs with level-1 sections and no title, and MADR-style decision records with YAML front matter.
 * Each is configured with two keys only (`rfcGlobs`, `template`). Every rule that applies to its
 * template fires on a planted problem, the clean documents stay quiet, and no rule about a concept
 * the template lacks runs. Where the product still misreads these styles, `it.fails` states the
 * expectation precisely: it turns red (and must become `it`) the day the misreading is fixed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRfcService, RULE_IDS } from '../../server/src/core';
import type { RfcService } from '../../server/src/core';
import { buildTemplate } from '../../server/src/core/template';
import { loadConfig } from '../../server/src/node/config';
import { NodeHost } from '../../server/src/node/nodeHost';
import { runCli } from './cli/harness';

const REPO = path.resolve(__dirname, '../..');

interface Finding {
  file: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  message: string;
}

async function check(folder: string): Promise<{ code: number; findings: Finding[]; filesChecked: number; stderr: string }> {
  const r = await runCli(['check', folder, '--format', 'json'], REPO);
  const report = JSON.parse(r.stdout) as { filesChecked: number; findings: Finding[] };
  return { code: r.code, findings: report.findings, filesChecked: report.filesChecked, stderr: r.stderr };
}

const loud = (f: Finding): boolean => f.severity !== 'info';
const show = (f: Finding): string => `${f.file}:${f.line} ${f.rule} ${f.message}`;

/** The service over an example, as the editor has it, for navigation (which mentions resolve). */
async function serviceOf(folder: string): Promise<RfcService> {
  const root = path.join(REPO, folder);
  const { config } = await loadConfig(root);
  const service = await createRfcService({ host: new NodeHost(root), rootUri: `file://${root}`, config });
  await service.indexWorkspace();
  return service;
}

/** The workspace paths the links of `file` point at. */
function linkTargets(service: RfcService, root: string, file: string): string[] {
  const text = fs.readFileSync(path.join(REPO, root, file), 'utf8');
  return service.getDocumentLinks({ path: file, text, version: 1 }).map((l) => (l.target ? (service.pathOf(l.target.split('#')[0]) ?? l.target) : ''));
}

/**
 * Which rules each example must show, and which it must never run. Together they name every rule,
 * so a new rule makes this test ask which list it belongs to.
 */
interface Expectations {
  readonly folder: string;
  readonly template: string;
  readonly files: number;
  /** Rule → the document its planted problem is in. */
  readonly planted: Readonly<Record<string, string>>;
  /** Rules that apply but cannot fire yet because of a misreading, each held by an `it.fails` below. */
  readonly blocked: readonly string[];
  /** Rules about concepts the template lacks. */
  readonly absent: readonly string[];
  readonly clean: readonly string[];
}

const LEVEL_ONE: Expectations = {
  folder: 'examples/level-one-sections',
  template: '0000-template.md',
  files: 6,
  planted: {
    // Numbered 4, with its pull request 6: the misnumbered one. 0004-draft-pages.md, whose pull request is 4, only gets a hint.
    'duplicate-id': 'text/0004-localized-routes.md',
    'header-field': 'text/0004-localized-routes.md',
    'date-format': 'text/0004-draft-pages.md',
    'date-order': 'text/0005-plugin-hooks.md',
    placeholder: 'text/0003-theme-inheritance.md',
    'missing-section': 'text/0003-theme-inheritance.md',
    'section-order': 'text/0004-draft-pages.md',
    'duplicate-section': 'text/0004-draft-pages.md',
    'empty-section': 'text/0004-draft-pages.md',
    'broken-link': 'text/0005-plugin-hooks.md',
    'unknown-id': 'text/0005-plugin-hooks.md',
    mojibake: 'text/0003-theme-inheritance.md',
  },
  blocked: [],
  absent: ['title-format', 'id-mismatch', 'status-value', 'owner-format', 'phase-marker', 'phase-numbering', 'status-phase-mismatch', 'no-task-link', 'task-status-mismatch', 'checklist-open', 'proof-missing', 'proof-absolute-path', 'security-section', 'task-front-matter', 'task-status-value', 'task-dependency'],
  clean: ['text/0001-incremental-builds.md', 'text/0002-asset-fingerprints.md'],
};

const FRONT_MATTER: Expectations = {
  folder: 'examples/front-matter-adrs',
  template: 'docs/decisions/adr-template.md',
  files: 7,
  planted: {
    'title-format': 'docs/decisions/0005-encrypt-account-numbers.md',
    'duplicate-id': 'docs/decisions/0004-keep-amounts-in-minor-units.md',
    'header-field': 'docs/decisions/0004-retire-the-nightly-batch.md',
    'date-format': 'docs/decisions/0004-retire-the-nightly-batch.md',
    'date-order': 'docs/decisions/0006-one-schema-per-service.md',
    placeholder: 'docs/decisions/0003-publish-events-through-an-outbox.md',
    'missing-section': 'docs/decisions/0003-publish-events-through-an-outbox.md',
    'section-order': 'docs/decisions/0006-one-schema-per-service.md',
    'duplicate-section': 'docs/decisions/0006-one-schema-per-service.md',
    'empty-section': 'docs/decisions/0006-one-schema-per-service.md',
    'broken-link': 'docs/decisions/0005-encrypt-account-numbers.md',
    mojibake: 'docs/decisions/0003-publish-events-through-an-outbox.md',
  },
  // "ADR-0009" in 0005 names no record, but ADR-style mentions are not read as these records' ids.
  blocked: ['unknown-id'],
  absent: ['id-mismatch', 'status-value', 'owner-format', 'phase-marker', 'phase-numbering', 'status-phase-mismatch', 'no-task-link', 'task-status-mismatch', 'checklist-open', 'proof-missing', 'proof-absolute-path', 'security-section', 'task-front-matter', 'task-status-value', 'task-dependency'],
  clean: ['docs/decisions/0001-record-decisions-in-markdown.md', 'docs/decisions/0002-use-postgres-for-the-ledger.md'],
};

for (const ex of [LEVEL_ONE, FRONT_MATTER]) {
  describe(`${ex.folder} (configured with rfcGlobs and template only)`, () => {
    let result: Awaited<ReturnType<typeof check>>;
    beforeAll(async () => {
      result = await check(ex.folder);
    });

    it('has two keys of configuration, and checks every document without trouble', () => {
      const config = JSON.parse(fs.readFileSync(path.join(REPO, ex.folder, '.rfc-author.json'), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(config).sort()).toEqual(['rfcGlobs', 'template']);
      expect(config.template).toBe(ex.template);
      expect(result.filesChecked).toBe(ex.files);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
    });

    it('names every rule of the catalogue once: planted, blocked by a known misreading, or about a concept the template lacks', () => {
      expect([...Object.keys(ex.planted), ...ex.blocked, ...ex.absent].sort()).toEqual([...RULE_IDS].sort());
    });

    it("learns from the template that it lacks the absent rules' concepts", () => {
      const model = buildTemplate(fs.readFileSync(path.join(REPO, ex.folder, ex.template), 'utf8'), ex.template);
      expect(model.concepts).toMatchObject({ titleId: false, status: false, phases: false, tasks: false, security: false, proof: false, checklist: false });
      expect(model.roles.ownersField).toBeUndefined();
      expect(model.concepts.title).toBe(!ex.absent.includes('title-format'));
    });

    it('reports each planted problem in the document it was planted in', () => {
      const missing = Object.entries(ex.planted).filter(([rule, file]) => !result.findings.some((f) => f.rule === rule && f.file === file && loud(f)));
      expect(missing).toEqual([]);
    });

    it('runs no rule about a concept the template lacks', () => {
      expect(result.findings.filter((f) => ex.absent.includes(f.rule)).map(show)).toEqual([]);
    });

    it('reports nothing loud in the first clean document, which has every section', () => {
      expect(result.findings.filter((f) => f.file === ex.clean[0] && loud(f)).map(show)).toEqual([]);
    });
  });
}

describe('examples/level-one-sections: what a reader of React-style RFCs expects', () => {
  let result: Awaited<ReturnType<typeof check>>;
  let service: RfcService;
  beforeAll(async () => {
    result = await check(LEVEL_ONE.folder);
    service = await serviceOf(LEVEL_ONE.folder);
  });

  it('reports the missing section at the template\'s level (#), and never "Basic example", which the template says to omit when not applicable', () => {
    const missing = result.findings.filter((f) => f.rule === 'missing-section');
    expect(missing.filter((f) => f.file === 'text/0003-theme-inheritance.md').map((f) => f.message)).toEqual(['Section "Motivation" of the template is missing. It belongs after "Basic example".']);
    expect(missing.filter((f) => f.message.startsWith('Section "Basic example"'))).toEqual([]);
  });

  it('keeps the second clean RFC quiet: no alarm on an empty "(leave this empty)" field, URL link text, example paths in code spans or a fraction', () => {
    const found = result.findings.filter((f) => f.file === LEVEL_ONE.clean[1] && loud(f));
    expect(found.map(show)).toEqual([]);
  });

  it('never reports "Unresolved questions", which the template calls optional in words ("Optional, but suggested for first drafts")', () => {
    expect(result.findings.filter((f) => f.rule === 'missing-section' && f.message.includes('"Unresolved questions"')).map(show)).toEqual([]);
  });

  it('resolves mentions of existing RFCs in the forms the team writes: a link [RFC #1](0001-….md), RFC-0001', () => {
    expect(linkTargets(service, LEVEL_ONE.folder, 'text/0002-asset-fingerprints.md')).toContain('text/0001-incremental-builds.md');
    expect(linkTargets(service, LEVEL_ONE.folder, 'text/0005-plugin-hooks.md')).toContain('text/0001-incremental-builds.md');
  });

  it('still reports the relative link to a missing file as an error', () => {
    expect(result.findings.filter((f) => f.rule === 'broken-link').map((f) => `${f.file} ${f.severity} ${f.message}`)).toEqual(['text/0005-plugin-hooks.md error `../docs/plugins.md` does not exist.']);
  });
});

describe('examples/front-matter-adrs: what a reader of MADR-style records expects', () => {
  let result: Awaited<ReturnType<typeof check>>;
  let service: RfcService;
  beforeAll(async () => {
    result = await check(FRONT_MATTER.folder);
    service = await serviceOf(FRONT_MATTER.folder);
  });

  it('reads the front matter the template calls optional as optional, and a nested list as a value', () => {
    const fields = result.findings.filter((f) => f.rule === 'header-field');
    expect(fields.map((f) => `${f.file} ${f.message}`)).not.toContainEqual(expect.stringMatching(/"(consulted|informed|decision-makers)"/));
  });

  it('reports nothing loud in the second clean record, which leaves out the optional sections and metadata: no alarm on URL link text or a fraction', () => {
    expect(result.findings.filter((f) => f.file === FRONT_MATTER.clean[1] && loud(f)).map(show)).toEqual([]);
  });

  // The comment above a heading marks that heading's section, not the one whose body it closes ("Context and Problem
  // Statement", "Decision Outcome").
  it('reads the sections the template marks optional the MADR way (the comment on the line above the heading) as optional, and no others', () => {
    const model = buildTemplate(fs.readFileSync(path.join(REPO, FRONT_MATTER.folder, FRONT_MATTER.template), 'utf8'), FRONT_MATTER.template);
    expect(model.sections.filter((s) => s.optional).map((s) => s.name)).toEqual(['Decision Drivers', 'Pros and Cons of the Options', 'More Information']);
  });

  it('never reports a section the template marks optional', () => {
    const optional = /"(Decision Drivers|Pros and Cons of the Options|More Information)"/;
    expect(result.findings.filter((f) => f.rule === 'missing-section' && optional.test(f.message)).map(show)).toEqual([]);
  });

  it('reads `date: # to be decided at the review` as an empty date (a YAML comment is not a value): header-field, not date-format', () => {
    const file = 'docs/decisions/0004-keep-amounts-in-minor-units.md';
    expect(result.findings.filter((f) => f.file === file && (f.rule === 'header-field' || f.rule === 'date-format')).map((f) => `${f.rule} ${f.message}`)).toEqual(['header-field "date" is empty; fill it in (the template shows "{YYYY-MM-DD when the decision was last changed}").']);
  });

  it.fails('reports ADR-0009, which names no decision record (unknown-id)', () => {
    expect(result.findings.filter((f) => f.rule === 'unknown-id').map((f) => `${f.file} ${f.message}`)).toEqual([expect.stringMatching(/^docs\/decisions\/0005-encrypt-account-numbers\.md ADR-0009 /)]);
  });

  it.fails('resolves ADR-0002, the form the records use for each other, to the record', () => {
    expect(linkTargets(service, FRONT_MATTER.folder, 'docs/decisions/0003-publish-events-through-an-outbox.md')).toContain('docs/decisions/0002-use-postgres-for-the-ledger.md');
  });

  it('resolves a relative link to another record, and still reports one to a missing file as an error', () => {
    expect(linkTargets(service, FRONT_MATTER.folder, 'docs/decisions/0002-use-postgres-for-the-ledger.md')).toContain('docs/decisions/0001-record-decisions-in-markdown.md');
    expect(result.findings.filter((f) => f.rule === 'broken-link').map((f) => `${f.file} ${f.severity} ${f.message}`)).toEqual(['docs/decisions/0005-encrypt-account-numbers.md error `../runbooks/key-rotation.md` does not exist.']);
  });
});
