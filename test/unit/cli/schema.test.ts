import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS as CONFIG_KEY_TABLE } from '../../../shared/settings';
import { DEFAULT_CONFIG, DEFAULT_TEMPLATE_PATH, parseConfigText } from '../../../server/src/core/config';
import { isRuleId } from '../../../server/src/core/fixData';
import { RULE_IDS } from '../../../server/src/core/rules';

const REPO = path.resolve(__dirname, '../../..');

interface Property {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: string[];
  properties?: Record<string, Property>;
  additionalProperties?: unknown;
}
const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/rfc-author.schema.json'), 'utf8')) as Property & { $schema: string };

/** The catalogue of PRODUCT.md: rule ids are the contract, so this list is written out on purpose. */
const CATALOGUE = [
  'title-format', 'id-mismatch', 'duplicate-id', 'header-field', 'status-value', 'date-format', 'date-order',
  'owner-format', 'placeholder', 'missing-section', 'section-order', 'duplicate-section', 'empty-section',
  'phase-marker', 'phase-numbering', 'status-phase-mismatch', 'no-task-link', 'broken-link', 'unknown-id',
  'task-status-mismatch', 'checklist-open', 'proof-missing', 'proof-absolute-path', 'mojibake', 'security-section',
];

/** Every key of RfcAuthorConfig, from the shared table (the compiler checks the two agree). */
const CONFIG_KEYS = Object.keys(CONFIG_KEY_TABLE);

describe('schemas/rfc-author.schema.json', () => {
  it('is a draft-07 object schema that allows $schema and nothing unknown', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties ?? {})).toEqual(['$schema', ...CONFIG_KEYS]);
  });

  it('describes every configuration key with a type and the default the code uses', () => {
    const defaults: Record<string, unknown> = { ...DEFAULT_CONFIG, template: DEFAULT_TEMPLATE_PATH, taskTemplate: '' };
    for (const key of CONFIG_KEYS) {
      const p = schema.properties?.[key];
      expect(p?.description, key).toMatch(/\w{3,}.*\./);
      expect(['array', 'object', 'string'], key).toContain(p?.type);
      expect(p?.default, key).toEqual(defaults[key]);
    }
  });

  it('names every rule of the catalogue under "rules", each with the four severities, and no other', () => {
    const rules = schema.properties?.rules;
    expect(rules?.additionalProperties).toBe(false);
    expect(Object.keys(rules?.properties ?? {})).toEqual(CATALOGUE);
    for (const id of CATALOGUE) {
      expect(rules?.properties?.[id]).toMatchObject({ type: 'string', enum: ['off', 'info', 'warning', 'error'] });
      expect(rules?.properties?.[id].description).toContain(`docs/rules.md#${id}`);
    }
  });

  it('lists exactly the rule ids of the registry', () => {
    expect([...RULE_IDS].sort()).toEqual(Object.keys(schema.properties?.rules?.properties ?? {}).sort());
  });

  it('accepts the example configurations: the code reads them without a problem', () => {
    for (const file of ['examples/.rfc-author.json', 'examples/custom-template/.rfc-author.json']) {
      const text = fs.readFileSync(path.join(REPO, file), 'utf8');
      const keys = Object.keys(JSON.parse(text) as object);
      expect(keys.every((k) => k in (schema.properties ?? {})), file).toBe(true);
      expect(parseConfigText(text, RULE_IDS).problems, file).toEqual([]);
    }
  });
});

describe('the rule registry and the fix data contract', () => {
  it('declares fix data for exactly the registered rules, so every finding is checked by the compiler at report()', () => {
    for (const id of RULE_IDS) expect(isRuleId(id), id).toBe(true);
    expect(isRuleId('file-limit')).toBe(false);
    expect(isRuleId('no-such-rule')).toBe(false);
  });
});
