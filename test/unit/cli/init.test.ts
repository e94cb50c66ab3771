import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfigText, RULE_IDS } from '../../../server/src/core';
import { cleanup, runCli, tempDir, writeTree } from './harness';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) cleanup(d);
  dirs = [];
});

function repo(files: Record<string, string>): string {
  const root = tempDir('rfc-author-init-');
  dirs.push(root);
  return writeTree(root, files);
}

const REACT_TEMPLATE = `- Start Date: (fill me in with today's date, YYYY-MM-DD)
- RFC PR: (leave this empty)

# Summary

Brief explanation of the feature.

# Motivation

Why are we doing this?
`;
const reactRfc = (n: number): string => `- Start Date: 2024-0${n}-01
- RFC PR: https://example.com/rfcs/pull/${n}

# Summary

Feature ${n}.

# Motivation

Because.
`;

const ADR_TEMPLATE = `# NUMBER. TITLE

Date: DATE

## Status

STATUS

## Context

The issue.

## Decision

The change.

## Consequences

What becomes easier.
`;
const adr = (n: number): string => `# ${n}. Decision ${n}

Date: 2020-01-0${n}

## Status

Accepted

## Context

Context ${n}.

## Decision

Decision ${n}.

## Consequences

Consequences ${n}.
`;

const CIP_TEMPLATE = `---
CIP: "?"
Title: "?"
Status: Proposed
Authors:
    - John Doe <john.doe@email.domain>
Created: YYYY-MM-DD
License: CC-BY-4.0
---

## Abstract

A short description.

## Motivation: why is this CIP necessary?

Why.
`;
const cip = (n: number, title: string): string => `---
CIP: ${n}
Title: ${title}
Status: Active
Authors:
    - Jane Roe <jane@example.org>
Created: 2020-03-0${n % 9 + 1}
License: CC-BY-4.0
---

## Abstract

${title}.

## Motivation: why is this CIP necessary?

Because.
`;

const KEP_TEMPLATE = `# KEP-NNNN: Your short, descriptive title

## Summary

Summary.

## Motivation

Motivation.
`;
const kep = (n: number, title: string): string => `# KEP-${n}: ${title}\n\n## Summary\n\nS.\n\n## Motivation\n\nM.\n`;

interface Layout {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly config: Record<string, unknown>;
  readonly summary: string;
  readonly checked: number;
}

const LAYOUTS: readonly Layout[] = [
  {
    name: "React's text/ with 0000-template.md",
    files: { '0000-template.md': REACT_TEMPLATE, 'text/0001-first.md': reactRfc(1), 'text/0002-second.md': reactRfc(2), 'text/0003-third.md': reactRfc(3) },
    config: { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' },
    summary: 'Found 3 RFCs in text/ on template 0000-template.md; ids like 0002.',
    checked: 3,
  },
  {
    name: 'our docs/rfcs with RFC-TEMPLATE.md',
    files: { 'docs/rfcs/RFC-TEMPLATE.md': '# RFC-XXXX: <Title>\n\n- Status: Draft / In Progress / Complete\n\n## Context\n\n<context>\n', 'docs/rfcs/RFC-0001-a.md': '# RFC-0001: A\n\n- Status: Draft\n\n## Context\n\nC.\n' },
    config: { rfcGlobs: ['docs/rfcs/RFC-*.md'], template: 'docs/rfcs/RFC-TEMPLATE.md' },
    summary: 'Found 1 RFC in docs/rfcs/ on template docs/rfcs/RFC-TEMPLATE.md; ids like RFC-0001.',
    checked: 1,
  },
  {
    name: "adr-tools' .adr-dir with a project template",
    files: { '.adr-dir': 'doc/architecture/decisions\n', 'doc/architecture/decisions/templates/template.md': ADR_TEMPLATE, 'doc/architecture/decisions/0001-record.md': adr(1), 'doc/architecture/decisions/0002-shell.md': adr(2) },
    config: { rfcGlobs: ['doc/architecture/decisions/[0-9]*.md'], template: 'doc/architecture/decisions/templates/template.md' },
    summary: 'Found 2 ADRs in doc/architecture/decisions/ on template doc/architecture/decisions/templates/template.md; ids like 0002.',
    checked: 2,
  },
  {
    name: "MADR's docs/decisions with adr-template.md",
    files: { 'docs/decisions/adr-template.md': '# {short title}\n\n## Context and Problem Statement\n\n{context}\n\n## Considered Options\n\n* {option 1}\n', 'docs/decisions/0001-use-madr.md': '# Use MADR\n\n## Context and Problem Statement\n\nC.\n\n## Considered Options\n\n* MADR\n' },
    config: { rfcGlobs: ['docs/decisions/[0-9]*.md'], template: 'docs/decisions/adr-template.md' },
    summary: 'Found 1 ADR in docs/decisions/ on template docs/decisions/adr-template.md; ids like 0001.',
    checked: 1,
  },
  {
    name: "Go's design/ with TEMPLATE.md",
    files: { 'design/TEMPLATE.md': '# Proposal: [Title]\n\nAuthor(s): [Author Name]\n\n## Abstract\n\n[A short summary.]\n', 'design/12345-thing.md': '# Proposal: Thing\n\nAuthor(s): Gopher\n\n## Abstract\n\nA thing.\n', 'design/23456-other.md': '# Proposal: Other\n\nAuthor(s): Gopher\n\n## Abstract\n\nAnother.\n' },
    config: { rfcGlobs: ['design/[0-9]*.md'], template: 'design/TEMPLATE.md' },
    summary: 'Found 2 design documents in design/ on template design/TEMPLATE.md; ids like 23456.',
    checked: 2,
  },
  {
    name: 'KEPs filed by SIG, numbered by their folders',
    files: { 'keps/NNNN-kep-template/README.md': KEP_TEMPLATE, 'keps/sig-node/127-user-namespaces/README.md': kep(127, 'User namespaces'), 'keps/sig-apps/2185-random-pod/README.md': kep(2185, 'Random pod') },
    config: { rfcGlobs: ['keps/*/[0-9]*/README.md'], template: 'keps/NNNN-kep-template/README.md', idPattern: { rfc: '^keps/[^/]+/(\\d+)-[^/]+/README\\.md$' } },
    summary: 'Found 2 KEPs in keps/ on template keps/NNNN-kep-template/README.md; ids like KEP-127.',
    checked: 2,
  },
  {
    name: "Cardano's CIP-NNNN/README.md folders, with the template in .github/",
    files: {
      '.github/CIP-TEMPLATE.md': CIP_TEMPLATE,
      '.github/PULL_REQUEST_TEMPLATE.md': 'Thanks for the pull request.\n',
      'CIP-0001/README.md': cip(1, 'CIP process'),
      'CIP-0001/CIP-0001.md': 'Moved to [CIP-0001/README.md](./README.md).\n',
      'CIP-0030/README.md': cip(30, 'Wallet connector'),
      'CIP-0050/README.md': cip(50, 'Pledge leverage'),
    },
    config: { rfcGlobs: ['CIP-*/README.md'], template: '.github/CIP-TEMPLATE.md', idPattern: { rfc: '^CIP-(\\d+)(?:[-_][^/]*)?/README\\.md$' } },
    summary: 'Found 3 RFCs in the top folder on template .github/CIP-TEMPLATE.md; ids like 0030.',
    checked: 3,
  },
];

describe('rfc-author init', () => {
  for (const layout of LAYOUTS) {
    it(`detects ${layout.name}, writes the configuration a person would write, and check then reads it`, async () => {
      const root = repo(layout.files);
      const init = await runCli(['init'], root);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      expect(init.stdout.split('\n')[0]).toBe(layout.summary);
      const text = fs.readFileSync(path.join(root, '.rfc-author.json'), 'utf8');
      const { config, problems } = parseConfigText(text, RULE_IDS);
      expect(problems).toEqual([]);
      for (const [key, value] of Object.entries(layout.config)) expect(config[key as keyof typeof config], key).toEqual(value);
      expect(text.startsWith('// Written by `rfc-author init`')).toBe(true);

      const check = await runCli(['check', '--format', 'json'], root);
      const report = JSON.parse(check.stdout) as { filesChecked: number; findings: { rule: string; file: string; message: string }[] };
      expect(check.stderr).toBe('');
      expect(report.filesChecked).toBe(layout.checked);
      // The documents were written from their template: nothing about titles, tasks or phases they do not have.
      expect(report.findings.filter((f) => ['title-format', 'no-task-link', 'phase-marker', 'id-mismatch'].includes(f.rule))).toEqual([]);
    });
  }

  for (const example of ['examples/level-one-sections', 'examples/front-matter-adrs']) {
    it(`finds in ${example} (without its configuration) the two keys it is configured with`, async () => {
      const source = path.resolve(__dirname, '../../..', example);
      const root = tempDir('rfc-author-init-example-');
      dirs.push(root);
      fs.cpSync(source, root, { recursive: true });
      fs.rmSync(path.join(root, '.rfc-author.json'));
      const r = await runCli(['init', '--dry-run'], root);
      expect(r.code).toBe(0);
      const written = parseConfigText(r.stdout, RULE_IDS).config;
      const expected = JSON.parse(fs.readFileSync(path.join(source, '.rfc-author.json'), 'utf8')) as { rfcGlobs: string[]; template: string };
      expect({ rfcGlobs: written.rfcGlobs, template: written.template }).toEqual(expected);
      expect(r.stdout).not.toMatch(/"(idPattern|adrGlobs|taskGlobs|taskTemplate)"/);
    });
  }

  it('refuses to replace an existing configuration (exit 2, a clear message), unless --force', async () => {
    const root = repo({ ...LAYOUTS[0].files, '.rfc-author.json': '{ "rfcGlobs": ["x/*.md"] }\n' });
    const refused = await runCli(['init'], root);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('.rfc-author.json already exists; init does not replace it');
    expect(refused.stderr).toContain('--force');
    expect(fs.readFileSync(path.join(root, '.rfc-author.json'), 'utf8')).toBe('{ "rfcGlobs": ["x/*.md"] }\n');

    const forced = await runCli(['init', '--force'], root);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('(replacing the one there)');
    expect(fs.readFileSync(path.join(root, '.rfc-author.json'), 'utf8')).toContain('"rfcGlobs": ["text/[0-9]*.md"]');
  });

  it('prints the file with --dry-run and writes nothing, even beside an existing configuration', async () => {
    const root = repo(LAYOUTS[0].files);
    const dry = await runCli(['init', '--dry-run'], root);
    expect(dry.code).toBe(0);
    expect(dry.stderr.split('\n')[0]).toBe(LAYOUTS[0].summary);
    expect(parseConfigText(dry.stdout, RULE_IDS).config.template).toBe('0000-template.md');
    expect(fs.existsSync(path.join(root, '.rfc-author.json'))).toBe(false);
  });

  it('configures the folder named by PATH, relative to the current folder', async () => {
    const parent = tempDir('rfc-author-init-parent-');
    dirs.push(parent);
    writeTree(path.join(parent, 'rfcs-repo'), LAYOUTS[0].files);
    const r = await runCli(['init', 'rfcs-repo'], parent);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote rfcs-repo/.rfc-author.json');
    expect(r.stdout).toContain('Next: rfc-author check rfcs-repo');
    expect(fs.existsSync(path.join(parent, 'rfcs-repo', '.rfc-author.json'))).toBe(true);
  });

  it('writes nothing and exits with 2 when it finds no layout, saying what it looked for', async () => {
    const root = repo({ 'README.md': '# Hello\n', 'guide/01-intro.md': '# Intro\n', 'guide/02-next.md': '# Next\n' });
    const r = await runCli(['init'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No RFC, ADR or design-document layout found');
    expect(fs.existsSync(path.join(root, '.rfc-author.json'))).toBe(false);
  });

  it('refuses a PATH that is not a folder, and more than one PATH, as usage errors', async () => {
    const root = repo(LAYOUTS[0].files);
    const file = await runCli(['init', '0000-template.md'], root);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/"0000-template\.md" is not a folder/);
    const two = await runCli(['init', 'a', 'b'], root);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('"init" takes one PATH');
  });
});
