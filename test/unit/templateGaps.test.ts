/**
 * Forms of other teams' documents that issue 14 says the product reads, and that it does not read
 * yet. Each `it.fails` states the expectation precisely; it turns red the day it holds, and must then
 * become a plain `it` (docs/templates.md lists these gaps under "Known gaps").
 */
import { describe, expect, it } from 'vitest';
import { check } from './helpers';

const REACT_STYLE = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
const TEMPLATE = '- Start Date: YYYY-MM-DD\n\n# Summary\n\nWhat.\n\n# Motivation\n\nWhy.\n';

describe('section names matched leniently (issue 14, item 3)', () => {
  it('matches case, emphasis and a trailing note', async () => {
    const doc = '- Start Date: 2024-01-01\n\n# SUMMARY\n\nS.\n\n# *Motivation* (normative)\n\nM.\n';
    expect(await check(doc, 'missing-section', { '0000-template.md': TEMPLATE }, 'text/0001-x.md', REACT_STYLE)).toEqual([]);
  });

  it('matches a numbered heading ("# 1. Summary") to the template\'s "# Summary"', async () => {
    const doc = '- Start Date: 2024-01-01\n\n# 1. Summary\n\nS.\n\n# 2. Motivation\n\nM.\n';
    expect(await check(doc, 'missing-section', { '0000-template.md': TEMPLATE }, 'text/0001-x.md', REACT_STYLE)).toEqual([]);
  });
});

describe('relative Markdown links to missing files are still reported (issue 14, "how it is checked")', () => {
  it('reports an inline link to a missing file', async () => {
    const doc = '- Start Date: 2024-01-01\n\n# Summary\n\nSee [the slate](./Project-goal-slate.md).\n\n# Motivation\n\nM.\n';
    expect((await check(doc, 'broken-link', { '0000-template.md': TEMPLATE }, 'text/0001-x.md', REACT_STYLE)).map((f) => f.message)).toEqual(['`./Project-goal-slate.md` does not exist.']);
  });

  // Rust's project-goal RFCs link dozens of files through reference definitions (text/3672-…: [AGS]: ./Project-goal-slate.md).
  it('reports a reference definition whose target is a missing file', async () => {
    const doc = '- Start Date: 2024-01-01\n\n# Summary\n\nSee [the slate][AGS].\n\n[AGS]: ./Project-goal-slate.md\n\n# Motivation\n\nM.\n';
    expect((await check(doc, 'broken-link', { '0000-template.md': TEMPLATE }, 'text/0001-x.md', REACT_STYLE)).map((f) => f.message)).toEqual(['`./Project-goal-slate.md` does not exist.']);
  });

  // A KEP links `[KEP-2451](kep-2451)`, meaning an anchor: GitHub opens a missing file, whatever KEP-2451 is.
  it('reads a link target as a path, not as an id: (kep-2451) names no file even though KEP-2451 exists', async () => {
    const template = '# KEP-NNNN: Title\n\n## Summary\n\nWhat.\n';
    const config = { rfcGlobs: ['keps/*/[0-9]*/README.md'], template: 'keps/NNNN-kep-template/README.md', idPattern: { rfc: '^keps/[^/]+/(\\d+)-[^/]+/README\\.md$' } };
    const others = { 'keps/NNNN-kep-template/README.md': template, 'keps/sig-a/2451-other/README.md': '# KEP-2451: Other\n\n## Summary\n\nS.\n' };
    const doc = '# KEP-1000: X\n\n## Summary\n\nSee [KEP-2451](kep-2451).\n';
    expect((await check(doc, 'broken-link', others, 'keps/sig-a/1000-x/README.md', config)).map((f) => f.message)).toEqual(['`kep-2451` does not exist. Did you mean `keps/sig-a/2451-other/README.md`?']);
    // A link to the KEP's folder names a folder that is there.
    expect(await check(doc.replace('(kep-2451)', '(../2451-other)'), 'broken-link', others, 'keps/sig-a/1000-x/README.md', config)).toEqual([]);
    // In a code span the same words are a loose mention of KEP-2451's file, as `tasks/TASK-0305` is.
    expect(await check(doc.replace('[KEP-2451](kep-2451)', '`sig-a/kep-2451`'), 'broken-link', others, 'keps/sig-a/1000-x/README.md', config)).toEqual([]);
  });
});

