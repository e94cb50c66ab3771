import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_CATEGORY, COMMANDS } from '../../../client/src/commands';
import { RULE_IDS } from '../../../server/src/core/rules';
import { buildTemplate } from '../../../server/src/core/template';
import { BUILTIN_TEMPLATES } from '../helpers';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  files: string[];
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: unknown; description?: string; restrictedConfigurations?: string[] } };
  contributes: {
    commands: { command: string; title: string; category: string; icon?: string }[];
    viewsContainers: { activitybar: { id: string; title: string; icon: string }[] };
    views: Record<string, { id: string; name: string; icon?: string }[]>;
    viewsWelcome: { view: string; contents: string; when?: string }[];
    menus: Record<string, { command: string; when?: string; group?: string }[]>;
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
    expect(pkg.contributes.commands).toEqual(COMMANDS.map((c) => ({ command: c.id, title: c.title, category: COMMAND_CATEGORY, ...(c.icon ? { icon: c.icon } : {}) })));
  });

  it('lets only the commands that ask the server wait for it', () => {
    expect(COMMANDS.filter((c) => c.needsServer).map((c) => c.id)).toEqual(['rfcAuthor.restartServer', 'rfcAuthor.updateIndex']);
  });

  it('puts the RFC explorer in an activity-bar container of its own, with an icon that ships in the .vsix', () => {
    const [container] = pkg.contributes.viewsContainers.activitybar;
    expect(container).toMatchObject({ id: 'rfcAuthor', title: 'RFCs' });
    expect(pkg.contributes.views[container.id].map((v) => v.id)).toEqual(['rfcAuthor.rfcs']);
    expect(readFileSync(join(root, container.icon), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 24 24"/);
    // package.json's `files` is the allowlist of the .vsix as of the npm package.
    expect(pkg.files).toContain(container.icon);
  });

  it('shows the welcome view only when the client has found no RFC, with a button that runs New RFC', () => {
    const [welcome] = pkg.contributes.viewsWelcome;
    expect(welcome.view).toBe('rfcAuthor.rfcs');
    expect(welcome.when).toBe('rfcAuthor.explorer.empty');
    // A line that is nothing but a command link is drawn as a button.
    expect(welcome.contents.split('\n')).toContain('[Create your first RFC](command:rfcAuthor.newRfc)');
  });

  it('names only commands of the command table in its menus, and gives an icon to those in the explorer title bar', () => {
    const ids = new Set(COMMANDS.map((c) => c.id));
    for (const [menu, entries] of Object.entries(pkg.contributes.menus)) for (const e of entries) expect(ids.has(e.command), `${menu}: ${e.command}`).toBe(true);
    for (const e of pkg.contributes.menus['view/title'].filter((m) => m.group?.startsWith('navigation'))) expect(COMMANDS.find((c) => c.id === e.command)?.icon, e.command).toBeTruthy();
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
    // Every folder pattern names something only an RFC, ADR or design-document layout has: a
    // template, adr-tools' .adr-dir, or numbered files in a folder named for decisions.
    for (const event of pkg.activationEvents.filter((e) => e.startsWith('workspaceContains:'))) {
      const glob = event.slice('workspaceContains:'.length);
      expect(glob, event).not.toMatch(/(^|\/)\*\*?(\/\*\*)?\/\*\.md$/);
      expect(glob, event).toMatch(/RFC|template|TEMPLATE|\.rfc-author\.json|\.adr-dir|adr\/|decisions\//);
    }
  });

  it('also activates for the layouts `rfc-author init` recognises, so VS Code can offer a configuration', () => {
    for (const glob of ['**/0000-template.md', '.adr-dir', 'doc/adr/[0-9]*.md', 'docs/decisions/[0-9]*.md', 'design/TEMPLATE.md', 'keps/NNNN-kep-template/README.md']) {
      expect(pkg.activationEvents).toContain(`workspaceContains:${glob}`);
    }
  });

  it('declares limited support for untrusted workspaces and restricts the settings that name files', () => {
    const trust = pkg.capabilities.untrustedWorkspaces;
    expect(trust.supported).toBe('limited');
    expect(trust.description).toBeTruthy();
    expect(trust.restrictedConfigurations).toEqual(expect.arrayContaining(['rfcAuthor.template', 'rfcAuthor.taskTemplate', 'rfcAuthor.rfcGlobs']));
  });

  it('ships only an allowlist, in the .vsix and the npm package alike (package.json "files")', () => {
    const files = (pkg as unknown as { files: string[] }).files;
    expect(files).toContain(pkg.main.replace(/^\.\//, ''));
    expect(files).toEqual(expect.arrayContaining(['dist/server.js', 'dist/cli.js', 'bin/rfc-author.js']));
    // vsce refuses a .vscodeignore beside "files": the one list is the allowlist of both packages.
    expect(existsSync(join(root, '.vscodeignore'))).toBe(false);
    expect(files.some((f) => /(^|\/)(server\/src|client\/src|test|examples|node_modules)(\/|$)|\.map$/.test(f))).toBe(false);
    // The .vsix is packaged from the same list, minus the command-line entry points (scripts/package-vsix.mjs).
    expect(readFileSync(join(root, 'scripts/package-vsix.mjs'), 'utf8')).toContain("export const VSIX_EXCLUDES = ['bin/rfc-author.js', 'dist/cli.js'];");
    expect((pkg as unknown as { scripts: Record<string, string> }).scripts.package).toContain('node scripts/package-vsix.mjs');
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
