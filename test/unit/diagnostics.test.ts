import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/core/diagnostics';
import { check, cleanRfc, task } from './helpers';

describe('runRules', () => {
  it('caps one rule at a fixed number of findings per file and says how many were left out', async () => {
    const many = Array.from({ length: MAX_FINDINGS_PER_RULE + 30 }, (_, i) => `- see \`tasks/TASK-${String(i + 100).padStart(4, '0')}-gone.md\``).join('\n');
    const f = await check(`${cleanRfc()}\n${many}\n`, 'broken-link', { 'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step') });
    expect(f).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const note = f[f.length - 1];
    expect(note.severity).toBe('info');
    expect(note.message).toBe('30 more broken-link findings in this file are not shown (at most 200 per rule).');
  });

  it('checks only the link, ids and encoding of a file that only says where its document went', async () => {
    const others = { 'docs/rfcs/RFC-0002-new.md': cleanRfc('RFC-0002', 'New') };
    // Go's and Rust's design folders keep such files: no template rule has anything to say of them.
    expect(await check('Moved to [RFC-0002](RFC-0002-new.md).\n', undefined, others)).toEqual([]);
    expect(await check('This proposal has moved to\n[the new design](RFC-0002-new.md).\n', undefined, others)).toEqual([]);
    // Swift's, where a proposal was renamed.
    expect(await check('This document was renamed as part of the evolution process. Please see [RFC-0002: New](RFC-0002-new.md).\n\n\n', undefined, others)).toEqual([]);
    // Ethereum's, whose stubs keep their front matter.
    expect(await check('---\neip: 1046\ncategory: ERC\nstatus: Moved\n---\n\nThis file was moved to https://github.com/ethereum/ercs/blob/master/ERCS/erc-1046.md\n', undefined, others)).toEqual([]);
    // Prometheus's, quoted and flagged; and the same as a GitHub alert.
    expect(await check('> IMPORTANT: This document was moved to [RFC-0002-new.md](./RFC-0002-new.md)\n', undefined, others)).toEqual([]);
    expect(await check('> [!NOTE]\n> This proposal was moved to [RFC-0002](RFC-0002-new.md).\n', undefined, others)).toEqual([]);
    // Its link is still checked.
    expect((await check('Moved to [RFC-0002](RFC-0002-gone.md).\n', undefined, others)).map((f) => f.rule)).toEqual(['broken-link']);
    // Anything more is a document, checked as one: a heading, a header, a second paragraph, a long one.
    for (const text of ['# Old name\n\nMoved to [RFC-0002](RFC-0002-new.md).\n', '- Status: Moved\n\nMoved to [RFC-0002](RFC-0002-new.md).\n', 'Moved to [RFC-0002](RFC-0002-new.md).\n\nSee also the notes.\n', 'Moved to the new design, which\nkeeps\nthe\nwhole\nidea.md\n', 'Moved quickly to a decision.\n', '> IMPORTANT: Moved quickly to a decision.\n']) {
      expect((await check(text, undefined, others)).filter((f) => f.rule === 'missing-section').length, text).toBeGreaterThan(0);
    }
  });

  it('drops findings on lines a suppression comment covers, and only for the named rule', async () => {
    const text = cleanRfc().replace('- Owners: @alice / @bob', '<!-- rfc-author-disable-next-line owner-format -->\n- Owners: alice');
    expect(await check(text, 'owner-format')).toEqual([]);
    const other = cleanRfc().replace('- Owners: @alice / @bob', '<!-- rfc-author-disable-next-line placeholder -->\n- Owners: alice');
    expect(await check(other, 'owner-format')).toHaveLength(1);
  });

  it('drops every rule in a file with a bare disable-file directive', async () => {
    expect(await check(`<!-- rfc-author-disable-file -->\n${cleanRfc().replace('# RFC-0001: Sample design', '# Sample')}`)).toEqual([]);
  });
});
