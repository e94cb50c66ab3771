import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { parseConfigText } from '../../server/src/core/configText';
import { RULE_IDS } from '../../server/src/core/rules';

describe('.rfc-author.json as text (JSONC)', () => {
  it('accepts comments and trailing commas, as VS Code settings files do', () => {
    const text = `{
  // RFCs live beside the code.
  "rfcGlobs": ["design/RFC-*.md",], /* one folder */
  "rules": { "date-order": "off", },
}`;
    const { config, problems } = parseConfigText(text, RULE_IDS);
    expect(problems).toEqual([]);
    expect(config.rfcGlobs).toEqual(['design/RFC-*.md']);
    expect(config.rules['date-order']).toBe('off');
  });

  it('gives the line and column of a syntax error, in words, and falls back to the defaults', () => {
    const { config, problems } = parseConfigText('{\n  "rfcGlobs": ["a"]\n  "statuses": []\n}', RULE_IDS);
    expect(config).toBe(DEFAULT_CONFIG);
    expect(problems).toEqual([{ key: '(file)', line: 3, column: 3, message: '.rfc-author.json is not valid JSON: a comma is expected at line 3, column 3; using the defaults.' }]);
  });

  it('places every key problem on the line and column of the key, and suggests the key meant', () => {
    const text = '{\n  "rfcGlob": ["x"],\n  "rules": {\n    "broken-lnk": "off",\n    "date-order": "loud"\n  }\n}';
    const { problems } = parseConfigText(text, RULE_IDS);
    expect(problems).toEqual([
      { key: 'rfcGlob', line: 2, column: 3, message: 'Unknown key "rfcGlob" is ignored; did you mean "rfcGlobs"?' },
      { key: 'rules.broken-lnk', line: 4, column: 5, message: 'Unknown rule "broken-lnk"; did you mean "broken-link"?' },
      { key: 'rules.date-order', line: 5, column: 5, message: '"rules.date-order" must be "off", "info", "warning" or "error".' },
    ]);
  });

  it('suggests nothing for a key that is not near any known one', () => {
    const { problems } = parseConfigText('{ "colour": "red" }', RULE_IDS);
    expect(problems).toEqual([{ key: 'colour', line: 1, column: 3, message: 'Unknown key "colour" is ignored.' }]);
  });

  it('reads a BOM-prefixed file, and calls an empty one invalid at 1:1', () => {
    expect(parseConfigText('\uFEFF{ "statuses": ["Open"] }', RULE_IDS).config.statuses).toEqual(['Open']);
    expect(parseConfigText('', RULE_IDS).problems[0]).toMatchObject({ key: '(file)', line: 1, column: 1 });
  });
});
