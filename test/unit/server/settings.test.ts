import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../../server/src/core/config';
import { RULE_IDS } from '../../../server/src/core/rules';
import { effectiveConfig, settingsOverrides } from '../../../server/src/settings';

const fileConfig = resolveConfig({ statuses: ['Proposed', 'Accepted'], rules: { 'broken-link': 'warning' } }, RULE_IDS).config;

describe('editor settings over .rfc-author.json', () => {
  it('treats null, empty strings, empty lists and empty objects as "not set", as VS Code sends unset settings', () => {
    expect(settingsOverrides({ rfcGlobs: [], template: null, statusSynonyms: {}, rules: null, taskTemplate: '' })).toEqual({});
  });

  it('keeps only the keys RFC Author owns, not the client-side ones like trace', () => {
    const settings = { statuses: ['Open'], trace: { server: 'verbose' } } as Record<string, unknown>;
    expect(settingsOverrides(settings)).toEqual({ statuses: ['Open'] });
  });

  it('overrides the file key by key: a set setting wins, an unset one leaves the file value', () => {
    const { config, problems } = effectiveConfig({ config: fileConfig, problems: [] }, { rules: { 'missing-section': 'info' }, statuses: [] });
    expect(config.statuses).toEqual(['Proposed', 'Accepted']);
    expect(config.rules).toEqual({ 'broken-link': 'warning', 'missing-section': 'info' });
    expect(problems).toEqual([]);
  });

  it('names the setting and the key of each problem, and the file for problems of the file', () => {
    const { config, problems } = effectiveConfig(
      { config: DEFAULT_CONFIG, problems: [{ key: 'rules.nope', message: 'Unknown rule "nope".' }], file: '/repo/.rfc-author.json' },
      { rules: { 'broken-link': 'loud' } },
    );
    expect(problems).toEqual([
      '/repo/.rfc-author.json: "rules.nope": Unknown rule "nope".',
      'Setting "rfcAuthor.rules.broken-link": "rules.broken-link" must be "off", "info", "warning" or "error".',
    ]);
    expect(config.rules['broken-link']).toBeUndefined();
  });
});
