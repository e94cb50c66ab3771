import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { COMMAND_CATEGORY, COMMANDS } from '../../../client/src/commands';
import { RULE_IDS } from '../../../server/src/core/rules';
import { buildTemplate } from '../../../server/src/core/template';
import { BUILTIN_TEMPLATES } from '../helpers';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: unknown; description?: string; restrictedConfigurations?: string[] } };
  contributes: {
    commands: { command: string; title: string; category: string }[];
    configuration: { properties: Record<string, { default?: unknown; description?: string; markdownDescription?: string; properties?: Record<string, { enum: string[] }> }> };
    jsonValidation: { fileMatch: string; url: string }[];
    snippets: { language: string; path: string }[];
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
  };
};
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

import { EDITOR_SETTINGS, SETTING_KEYS } from '../../../shared/settings';

describe('package.json contributions', () => {
  it('contributes exactly the commands of the command table, under the category "RFC"', () => {
    expect(pkg.contributes.commands).toEqual(COMMANDS.map((c) => ({ command: c.id, title: c.title, category: COMMAND_CATEGORY })));
  });

  it('lets only the restart command wait for the language server', () => {
    expect(COMMANDS.filter((c) => c.needsServer).map((c) => c.id)).toEqual(['rfcAuthor.restartServer']);
  });

  it('contributes one setting per shared setting key, each with a description and an "unset" default', () => {
    const props = pkg.contributes.configuration.properties;
    expect(Object.keys(props).sort()).toEqual([...SETTING_KEYS, ...Object.keys(EDITOR_SETTINGS)].map((k) => `rfcAuthor.${k}`).sort());
    for (const key of SETTING_KEYS) {
      const p = props[`rfcAuthor.${key}`];
      expect(p.markdownDescription ?? p.description, key).toBeTruthy();
      const d = p.default;
      expect(d === null || (Array.isArray(d) && d.length === 0) || (typeof d === 'object' && Object.keys(d).length === 0), key).toBe(true);
    }
    for (const [key, spec] of Object.entries(EDITOR_SETTINGS)) expect(props[`rfcAuthor.${key}`].default, key).toEqual(spec.default);
  });

  it('offers every registered rule id in rfcAuthor.rules, with the four severities', () => {
    const rules = pkg.contributes.configuration.properties['rfcAuthor.rules'].properties ?? {};
    expect(Object.keys(rules)).toEqual([...RULE_IDS]);
    for (const r of Object.values(rules)) expect(r.enum).toEqual(['off', 'info', 'warning', 'error']);
  });

  it('points jsonValidation, snippets and the grammar at files that exist and are valid JSON', () => {
    for (const p of [pkg.contributes.jsonValidation[0].url, pkg.contributes.snippets[0].path, pkg.contributes.grammars[0].path]) {
      expect(existsSync(join(root, p)), p).toBe(true);
      expect(() => json(p)).not.toThrow();
    }
    expect(pkg.contributes.jsonValidation[0].fileMatch).toBe('.rfc-author.json');
    const grammar = json(pkg.contributes.grammars[0].path) as { scopeName: string };
    expect(grammar.scopeName).toBe(pkg.contributes.grammars[0].scopeName);
    expect(pkg.contributes.grammars[0].injectTo).toEqual(['text.html.markdown']);
  });

  it('activates only for workspaces with RFCs or a configuration file, never for every Markdown file', () => {
    expect(pkg.activationEvents).toContain('workspaceContains:docs/rfcs/RFC-*.md');
    expect(pkg.activationEvents).toContain('workspaceContains:**/RFC-*.md');
    expect(pkg.activationEvents).not.toContain('onLanguage:markdown');
    expect(pkg.activationEvents).not.toContain('*');
  });

  it('declares limited support for untrusted workspaces and restricts the settings that name files', () => {
    const trust = pkg.capabilities.untrustedWorkspaces;
    expect(trust.supported).toBe('limited');
    expect(trust.description).toBeTruthy();
    expect(trust.restrictedConfigurations).toEqual(expect.arrayContaining(['rfcAuthor.template', 'rfcAuthor.taskTemplate', 'rfcAuthor.rfcGlobs']));
  });

  it('ships only an allowlist in the .vsix', () => {
    const lines = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(lines[0]).toBe('**');
    expect(lines.slice(1).every((l) => l.startsWith('!'))).toBe(true);
    expect(lines).toContain(`!${pkg.main.replace(/^\.\//, '')}`);
    expect(lines).toContain('!dist/server.js');
    // The extension tests' runner and the CLI are built into dist/ too, and must stay out.
    const shipped = (file: string): boolean => lines.slice(1).some((l) => picomatch(l.slice(1), { dot: true })(file));
    for (const file of ['dist/test/integration/index.js', 'dist/test/integration/index.js.map', 'dist/cli.js', 'test/integration/index.ts', 'test/fixtures/integration-workspace/docs/rfcs/RFC-0001-event-log.md', '.vscode/launch.json']) {
      expect(shipped(file), file).toBe(false);
    }
    expect(shipped('dist/client.js')).toBe(true);
  });
});

describe('snippets', () => {
  const snippets = json('snippets/rfc.code-snippets') as Record<string, { prefix: string | string[]; body: string[] }>;
  const bodies = Object.values(snippets).map((s) => s.body.join('\n'));

  it('have a snippet for every section of the built-in template', () => {
    const template = buildTemplate(BUILTIN_TEMPLATES.rfc, 'built-in');
    for (const s of template.sections) expect(bodies.some((b) => b.startsWith(`## ${s.name}\n`)), s.name).toBe(true);
  });

  it('have a phase-line snippet that offers the three markers', () => {
    expect(bodies.some((b) => b.includes('**Phase ${1:0} (${2:short name})**: ${3|⬜,🟨,✅|}'))).toBe(true);
  });

  it('use unique prefixes', () => {
    const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});
