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

  it.fails('matches a numbered heading ("# 1. Summary") to the template\'s "# Summary"', async () => {
    const doc = '- Start Date: 2024-01-01\n\n# 1. Summary\n\nS.\n\n# 2. Motivation\n\nM.\n';
    expect(await check(doc, 'missing-section', { '0000-template.md': TEMPLATE }, 'text/0001-x.md', REACT_STYLE)).toEqual([]);
  });
});
