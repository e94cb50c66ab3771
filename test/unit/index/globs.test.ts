import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { DocumentClassifier } from '../../../server/src/core/index/globs';

describe('DocumentClassifier', () => {
  const classifier = new DocumentClassifier({ ...DEFAULT_CONFIG, adrGlobs: ['docs/adr/*.md'] }, []);

  it('takes a file named as a template for the template, whatever glob it matches', () => {
    expect(['docs/rfcs/RFC-TEMPLATE.md', 'tasks/TASK-TEMPLATE.md', 'docs/adr/adr-template.md', 'docs/adr/0000-template.md'].map((p) => classifier.kindOf(p))).toEqual(['template', 'template', 'template', 'template']);
  });

  it('keeps documents whose name only mentions a template: an RFC or ADR about templates', () => {
    expect(classifier.kindOf('docs/rfcs/RFC-0042-issue-template.md')).toBe('rfc');
    expect(classifier.kindOf('docs/adr/0042-issue-template.md')).toBe('adr');
    expect(classifier.kindOf('tasks/TASK-0001-first-step.md')).toBe('task');
  });
});
