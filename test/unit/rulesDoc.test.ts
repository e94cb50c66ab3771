import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIX_ALL_RULES, QUICK_FIXES } from '../../server/src/core/codeActions/quickFixes';
import type { RuleId } from '../../server/src/core/fixData';
import { RULE_IDS } from '../../server/src/core/rules';

const DOC = fs.readFileSync(path.resolve(__dirname, '../../docs/rules.md'), 'utf8');

/** The text of each `## <rule id>` section of docs/rules.md. */
const sections = new Map(
  DOC.split(/^(?=## )/m)
    .map((s) => /^## (\S+)\n([\s\S]*)$/.exec(s))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], m[2]]),
);

describe('docs/rules.md', () => {
  it('has one section per rule of the registry, in registry order', () => {
    expect([...sections.keys()]).toEqual([...RULE_IDS]);
  });

  it('says for each rule whether "fix all" applies its fix, as the QUICK_FIXES table declares', () => {
    for (const id of RULE_IDS) {
      const lines = (sections.get(id) ?? '').split('\n\n').filter((p) => p.startsWith('Fix all: '));
      expect(lines, id).toHaveLength(1);
      const says = lines[0].startsWith('Fix all: yes') ? 'yes' : lines[0].startsWith('Fix all: no') ? 'no' : 'unclear';
      expect(says, id).toBe(FIX_ALL_RULES.includes(id as RuleId) ? 'yes' : 'no');
      // "No quick fix" is said exactly of the rules without an entry in the table.
      expect(lines[0].includes('no quick fix'), id).toBe(QUICK_FIXES[id as RuleId] === undefined);
    }
  });
});
