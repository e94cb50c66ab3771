import { describe, expect, it } from 'vitest';
import { BUILTIN_RFC_TEMPLATE_SOURCE } from '../../server/src/core/builtinTemplates';
import { DEFAULT_CONFIG, resolveConfig, TERMINAL_STATUSES } from '../../server/src/core/config';
import type { RfcAuthorConfig } from '../../server/src/core/config';
import { RULE_IDS } from '../../server/src/core/rules';
import { StatusVocabulary } from '../../server/src/core/statuses';
import { buildTemplate } from '../../server/src/core/template';
import { BUILTIN_TEMPLATES } from './helpers';

const template = buildTemplate(BUILTIN_TEMPLATES.rfc, BUILTIN_RFC_TEMPLATE_SOURCE);
const vocabulary = (config: Partial<RfcAuthorConfig> = {}) => new StatusVocabulary(resolveConfig(config, RULE_IDS, DEFAULT_CONFIG).config, template);
const read = (value: string, config?: Partial<RfcAuthorConfig>) => vocabulary(config).read(value);

describe('StatusVocabulary', () => {
  it("allows the template's lifecycle statuses and the usual terminal ones by default", () => {
    expect(vocabulary().allowed).toEqual(['Draft', 'In Progress', 'Complete', ...TERMINAL_STATUSES]);
  });

  it('reads a status with a dated note in parentheses', () => {
    expect(read('Done (2026-07-21)')).toEqual({ written: 'Done', start: 0, canonical: 'Complete', statusClass: 'done', note: '(2026-07-21)' });
  });

  it('reads a status wrapped in emphasis, pointing past the asterisks', () => {
    expect(read('**In progress**')).toEqual({ written: 'In progress', start: 2, canonical: 'In Progress', statusClass: 'active', note: '' });
    expect(read('_Draft_')).toMatchObject({ written: 'Draft', start: 1, canonical: 'Draft', statusClass: 'draft' });
  });

  it('reads a status followed by a dash, a colon, a date or a preposition as a status with a note', () => {
    expect(read('Complete — phases 0–2')).toMatchObject({ canonical: 'Complete', statusClass: 'done', note: '— phases 0–2' });
    expect(read('In Progress (all phases proven 2026-07-21)')).toMatchObject({ canonical: 'In Progress', note: '(all phases proven 2026-07-21)' });
    expect(read('Complete: all phases proven')).toMatchObject({ canonical: 'Complete', note: ': all phases proven' });
    expect(read('Done 2026-07-21')).toMatchObject({ canonical: 'Complete', note: '2026-07-21' });
    expect(read('Accepted since March')).toMatchObject({ canonical: 'Accepted', note: 'since March' });
  });

  it('reads a status that the parser joined from two wrapped lines', () => {
    expect(read('In Progress (phase 2 pending review)')).toMatchObject({ written: 'In Progress', canonical: 'In Progress', statusClass: 'active' });
  });

  it('knows the words teams use on purpose, and classes them', () => {
    expect(read('Accepted')).toMatchObject({ canonical: 'Accepted', statusClass: 'other' });
    expect(read('Superseded')).toMatchObject({ canonical: 'Superseded', statusClass: 'other' });
    expect(read('Implemented')).toMatchObject({ canonical: 'Complete', statusClass: 'done' });
    expect(read('Completed')).toMatchObject({ canonical: 'Complete', statusClass: 'done' });
    expect(read('complete')).toMatchObject({ written: 'complete', canonical: 'Complete' });
  });

  it('does not take a longer word that starts with a status for that status', () => {
    expect(read('Donezo')).toMatchObject({ written: 'Donezo', statusClass: 'other' });
    expect(read('Donezo')).not.toHaveProperty('canonical');
    expect(read('Drafty (maybe)')).toMatchObject({ written: 'Drafty', note: '(maybe)' });
  });

  it('leaves canonical unset for an unknown status and keeps the note apart', () => {
    const r = read('Waiting on review (blocked by TASK-0003)');
    expect(r?.canonical).toBeUndefined();
    expect(r?.written).toMatch(/^Waiting/);
    expect(read('')).toBeUndefined();
    expect(read('** **')).toBeUndefined();
  });

  it('uses configured statuses instead of the defaults, and configured synonyms', () => {
    const custom = vocabulary({ statuses: ['Proposed', 'Approved', 'Retired'] });
    expect(custom.allowed).toEqual(['Proposed', 'Approved', 'Retired']);
    expect(custom.read('Approved')?.canonical).toBe('Approved');
    expect(custom.read('In Progress')?.canonical).toBeUndefined();
    expect(read('Landed', { statusSynonyms: { Landed: 'Complete' } })).toMatchObject({ canonical: 'Complete', statusClass: 'done' });
    expect(read('Landed')?.canonical).toBeUndefined();
  });

  it('classifies task statuses from the common lexicon when they are not RFC statuses', () => {
    const v = vocabulary();
    expect(v.classify('in-progress')).toBe('active');
    expect(v.classify('done')).toBe('done');
    expect(v.classify('Closed')).toBe('done');
    expect(v.classify('todo')).toBe('draft');
    expect(v.classify('Complete (2026-07-21)')).toBe('done');
    expect(v.classify('weird')).toBe('other');
    expect(v.classify(undefined)).toBe('other');
  });
});
