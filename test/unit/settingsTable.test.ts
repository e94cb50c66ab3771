import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigKeySpec, ConfigValueKind } from '../../shared/settings';
import { CONFIG_KEYS, EDITOR_SETTINGS, SETTING_KEYS } from '../../shared/settings';
import { DEFAULT_CONFIG, resolveConfig } from '../../server/src/core/config';
import { RULE_IDS } from '../../server/src/core/rules';

const root = join(__dirname, '..', '..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');

interface Property {
  type?: string | string[];
  items?: { type?: string };
  additionalProperties?: unknown;
  properties?: Record<string, unknown>;
  default?: unknown;
  enum?: readonly string[];
  scope?: string;
}
const pkg = JSON.parse(read('package.json')) as {
  capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } };
  contributes: { configuration: { properties: Record<string, Property> } };
};
const schema = JSON.parse(read('schemas/rfc-author.schema.json')) as { properties: Record<string, Property> };
const entries = Object.entries(CONFIG_KEYS) as [keyof typeof CONFIG_KEYS, ConfigKeySpec][];

/** What a value of each kind looks like in JSON schema terms (the schema and the manifest agree). */
function expectShape(p: Property | undefined, kind: ConfigValueKind, where: string): void {
  expect(p, where).toBeDefined();
  const types = Array.isArray(p?.type) ? p?.type : [p?.type];
  switch (kind) {
    case 'strings':
      expect(types, where).toContain('array');
      expect(p?.items?.type, where).toBe('string');
      break;
    case 'path':
      expect(types, where).toContain('string');
      break;
    case 'stringMap':
      expect(types, where).toContain('object');
      expect(p?.additionalProperties, where).toEqual({ type: 'string' });
      break;
    case 'severities':
      expect(types, where).toContain('object');
      expect(Object.keys(p?.properties ?? {}), where).toEqual([...RULE_IDS]);
      break;
  }
}

describe('the one list of configuration keys and settings (shared/settings.ts)', () => {
  it('is what the schema describes, in the same order, each key with the shape of its kind', () => {
    expect(Object.keys(schema.properties)).toEqual(['$schema', ...Object.keys(CONFIG_KEYS)]);
    for (const [key, spec] of entries) expectShape(schema.properties[key], spec.kind, `schema: ${key}`);
  });

  it('is what package.json contributes: one rfcAuthor.<key> per overridable key and each editor setting, nothing else', () => {
    const props = pkg.contributes.configuration.properties;
    expect(Object.keys(props).sort()).toEqual([...SETTING_KEYS, ...Object.keys(EDITOR_SETTINGS)].map((k) => `rfcAuthor.${k}`).sort());
    for (const key of SETTING_KEYS) {
      expectShape(props[`rfcAuthor.${key}`], CONFIG_KEYS[key].kind, `package.json: ${key}`);
      expect(props[`rfcAuthor.${key}`].scope, key).toBe('resource');
    }
    for (const [key, spec] of Object.entries(EDITOR_SETTINGS)) {
      const p = props[`rfcAuthor.${key}`];
      expect(p.type, key).toBe(spec.type);
      expect(p.default, key).toEqual(spec.default);
      expect(p.scope, key).toBe(spec.scope);
      if ('enum' in spec) expect(p.enum, key).toEqual(spec.enum);
    }
  });

  it('restricts in untrusted workspaces exactly the settings that name files or folders', () => {
    const restricted = SETTING_KEYS.filter((k) => (CONFIG_KEYS[k] as ConfigKeySpec).restricted === true).map((k) => `rfcAuthor.${k}`);
    expect([...pkg.capabilities.untrustedWorkspaces.restrictedConfigurations].sort()).toEqual(restricted.sort());
  });

  it('is documented in docs/configuration.md, one heading per key and per editor setting', () => {
    const doc = read('docs/configuration.md');
    const headings = [...doc.matchAll(/^### `([^`]+)`/gm)].map((m) => m[1]);
    expect(headings).toEqual([...Object.keys(CONFIG_KEYS), ...Object.keys(EDITOR_SETTINGS).map((k) => `rfcAuthor.${k}`)]);
  });

  it('is what the core validates: every key is known, and an unknown one is reported', () => {
    for (const key of Object.keys(CONFIG_KEYS)) {
      const value = (DEFAULT_CONFIG as unknown as Record<string, unknown>)[key] ?? 'docs/x.md';
      expect(resolveConfig({ [key]: value }, RULE_IDS).problems, key).toEqual([]);
    }
    expect(resolveConfig({ rfcGlob: [] }, RULE_IDS).problems.map((p) => p.key)).toEqual(['rfcGlob']);
  });

  it('merges the maps marked "merge" over the defaults and replaces the others', () => {
    const { config } = resolveConfig({ statusSynonyms: { Landed: 'Complete' }, sectionAliases: { Intro: 'Context' } }, RULE_IDS);
    expect(config.statusSynonyms).toMatchObject({ Landed: 'Complete', Done: 'Complete' });
    expect(config.sectionAliases).toEqual({ Intro: 'Context' });
  });
});
