import { describe, expect, it } from 'vitest';
import { pathDate } from '../../server/src/core/ids';
import type { NumberedDocuments } from '../../server/src/core/index/workspaceIndex';
import { orderOnset, sectionOnset } from '../../server/src/core/sectionOnset';
import { findingsOf, workspace } from './helpers';

/** Documents numbered 1…`n`, those from `from` on with "prior art" among their sections (and `extra` older ones too). */
function numbered(n: number, from: number, extra: readonly number[] = []): Pick<NumberedDocuments, 'documents' | 'complete'> {
  return { documents: Array.from({ length: n }, (_, i) => ({ number: i + 1, sections: ['summary', ...(i + 1 >= from || extra.includes(i + 1) ? ['prior art'] : [])] })), complete: true };
}

describe('sectionOnset', () => {
  it('finds where the documents start having a section, and how many older ones have it', () => {
    expect(sectionOnset(numbered(30, 18, [3]), 'prior art', new Map())).toEqual({ number: 18, before: 17, beforeWith: 1, after: 13, afterWith: 13 });
  });

  it('takes every document for older than a section none of them has (Stellar\'s "Exit Criteria", new in the template)', () => {
    expect(sectionOnset(numbered(30, 31), 'prior art', new Map())).toEqual({ number: Number.POSITIVE_INFINITY, before: 30, beforeWith: 0, rare: true });
    // A few documents are no evidence: ten are needed, as for an era.
    expect(sectionOnset(numbered(9, 10), 'prior art', new Map())).toBeUndefined();
    // Nor is a section that a third have, at most, a practice of the team's (NixOS's "Prior art": 3 of
    // 44; Algorand's "Backwards Compatibility": 18 of 56 ARCs, numbered by topic)…
    expect(sectionOnset(numbered(30, 31, [7, 19, 28]), 'prior art', new Map())).toEqual({ number: Number.POSITIVE_INFINITY, before: 30, beforeWith: 3, rare: true });
    const third = [2, 4, 7, 9, 12, 15, 19, 22, 25, 28];
    expect(sectionOnset(numbered(30, 31, third), 'prior art', new Map())).toEqual({ number: Number.POSITIVE_INFINITY, before: 30, beforeWith: 10, rare: true });
    // (and, with no era, one clearly fewer than half have: see below).
    expect(sectionOnset(numbered(30, 31, [...third, 30]), 'prior art', new Map())?.rare).toBe(true);
    // …unless some documents follow a sibling template: a share of all of them then measures nothing.
    expect(sectionOnset(numbered(30, 31, [7]), 'prior art', new Map(), false)).toBeUndefined();
    expect(sectionOnset(numbered(30, 31), 'prior art', new Map(), false)?.rare).toBe(true);
  });

  it("takes a section clearly fewer than half have, with no era, for no practice of the team's (Flow's Related Issues, 38 of 104), and keeps one about half have", () => {
    const spread = (k: number) => Array.from({ length: k }, (_, i) => 1 + Math.floor((i * 30) / k));
    expect(sectionOnset(numbered(30, 31, spread(13)), 'prior art', new Map())).toEqual({ number: Number.POSITIVE_INFINITY, before: 30, beforeWith: 13, rare: true });
    expect(sectionOnset(numbered(30, 31, spread(14)), 'prior art', new Map())).toBeUndefined();
    // Not beside a sibling template, where only none counts.
    expect(sectionOnset(numbered(30, 31, spread(13)), 'prior art', new Map(), false)).toBeUndefined();
  });

  it('finds none where the section was always there, or comes and goes', () => {
    expect(sectionOnset(numbered(30, 1), 'prior art', new Map())).toBeUndefined();
    const alternating = Array.from({ length: 30 }, (_, i) => ({ number: i + 1, sections: i % 2 ? ['prior art'] : [] }));
    expect(sectionOnset({ documents: alternating, complete: true }, 'prior art', new Map())).toBeUndefined();
    // Nor where some documents' sections are not known yet (the CLI's first pass over a repository).
    expect(sectionOnset({ ...numbered(30, 18), complete: false }, 'prior art', new Map())).toBeUndefined();
  });

  it('wants five documents on each side: a section only the newest two have is no era (but rare)', () => {
    expect(sectionOnset(numbered(30, 29), 'prior art', new Map())?.rare).toBe(true);
    expect(sectionOnset(numbered(30, 29), 'prior art', new Map(), false)).toBeUndefined();
    expect(sectionOnset(numbered(30, 26), 'prior art', new Map())?.number).toBe(26);
  });

  it("takes fewer newer documents for an era where none of ten or more older ones has the section (TensorFlow's User Benefit: none of 33, then 42 of 85)", () => {
    const some = Array.from({ length: 14 }, (_, i) => 13 + 2 * i);
    // Twelve older without it, then 14 of 28 with it: an era, whose newer side is told as it is.
    expect(sectionOnset(numbered(40, 41, some), 'prior art', new Map())).toEqual({ number: 13, before: 12, beforeWith: 0, after: 28, afterWith: 14 });
    // Two older documents with it, and the newer half is no era (nor rare: 16 of 40 is clearly fewer
    // than half, so every one is older); with 19 of 40 it is neither.
    expect(sectionOnset(numbered(40, 41, [5, 7, ...some]), 'prior art', new Map())?.rare).toBe(true);
    expect(sectionOnset(numbered(40, 41, [1, 3, 5, 7, 9, ...some]), 'prior art', new Map())).toBeUndefined();
    // Where a third of all documents at most have it, that says more (Algorand's Backwards Compatibility): every one is older.
    expect(sectionOnset(numbered(40, 41, some.slice(0, 12)), 'prior art', new Map())?.rare).toBe(true);
  });

  it('counts a section under an alias or a name of its vocabulary group', () => {
    const docs = numbered(20, 11).documents.map((d) => ({ ...d, sections: d.sections.map((k) => (k === 'prior art' ? (d.number % 2 ? 'related work' : 'earlier art') : k)) }));
    expect(sectionOnset({ documents: docs, complete: true }, 'prior art', new Map([['earlier art', 'prior art']]))?.number).toBe(11);
  });
});

describe('orderOnset', () => {
  /** Documents 1…30 with "motivation" and "prior art", in the template's order from `from` on. */
  const swapped = (from: number, also: readonly number[] = []) => ({
    documents: Array.from({ length: 30 }, (_, i) => ({ number: i + 1, sections: i + 1 >= from || also.includes(i + 1) ? ['summary', 'motivation', 'prior art'] : ['summary', 'prior art', 'motivation'] })),
    complete: true,
    order: 'id' as const,
  });

  it("finds where the documents start writing two sections in the template's order (Solana's SIMDs from 162 on)", () => {
    expect(orderOnset(swapped(18, [4]), 'motivation', 'prior art', new Map())).toEqual({ number: 18, before: 17, beforeWith: 1, after: 13, afterWith: 13 });
    // Only documents with both sections count.
    const some = swapped(18);
    const fewer = { ...some, documents: some.documents.map((d) => (d.number % 3 === 0 ? { ...d, sections: ['summary', 'motivation'] } : d)) };
    expect(orderOnset(fewer, 'motivation', 'prior art', new Map())?.before).toBe(12);
  });

  it("takes an order that at most half of the documents keep for no convention of the team's (Swift's Future directions and Alternatives considered, 61 of 123), and keeps one most of them keep", () => {
    expect(orderOnset(swapped(31, [3, 9, 20]), 'motivation', 'prior art', new Map())).toMatchObject({ beforeWith: 3, rare: true });
    const odd = Array.from({ length: 15 }, (_, i) => 2 * i + 1);
    expect(orderOnset(swapped(31, odd), 'motivation', 'prior art', new Map())).toMatchObject({ beforeWith: 15, rare: true });
    expect(orderOnset(swapped(31, [...odd, 30]), 'motivation', 'prior art', new Map())).toBeUndefined();
    expect(orderOnset(swapped(1, [1]), 'motivation', 'prior art', new Map())).toBeUndefined();
    expect(orderOnset({ ...swapped(18), complete: false }, 'motivation', 'prior art', new Map())).toBeUndefined();
  });
});

/** An RFC of the NixOS kind: `# Summary` … with "Prior art" when `withPriorArt`. */
function rfc(withPriorArt: boolean): string {
  return `---\nfeature: x\n---\n\n# Summary\n\nS.\n\n# Motivation\n\nM.\n${withPriorArt ? '\n# Prior art\n\nP.\n' : ''}`;
}

describe('missing-section on documents older than a section', () => {
  const template = '---\nfeature: (fill me in)\n---\n\n# Summary\n\nOne paragraph.\n\n# Motivation\n\nWhy.\n\n# Prior art\n\nWhat others did.\n';

  it("gives a hint, not a warning, to an RFC written before the team's RFCs had the section (NixOS's Prior art, added in 2023)", async () => {
    const files: Record<string, string> = { '0000-template.md': template };
    for (let n = 1; n <= 20; n++) files[`rfcs/${String(n).padStart(4, '0')}-x.md`] = rfc(n >= 12);
    // A newer one without it is held to it.
    files['rfcs/0015-x.md'] = rfc(false);
    const ws = await workspace(files, { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' });
    const older = (await findingsOf(ws, 'rfcs/0003-x.md')).filter((f) => f.rule === 'missing-section');
    expect(older.map((f) => [f.severity, f.message])).toEqual([
      ['info', 'Section "Prior art" of the template is missing. It belongs after "Motivation". Only 0 of the 11 RFCs before RFC 12 have it, and most from RFC 12 on do: the template likely gained it after this one was written.'],
    ]);
    const newer = (await findingsOf(ws, 'rfcs/0015-x.md')).filter((f) => f.rule === 'missing-section');
    expect(newer.map((f) => f.severity)).toEqual(['warning']);
  });

  it("orders documents without ids by the dates their paths carry (TensorFlow's rfcs/20180626-x.md, .NET's accepted/2018/x.md)", async () => {
    expect([pathDate('rfcs/20180626-tensor-forest.md'), pathDate('designs/2018-06-26-x.md'), pathDate('accepted/2019/single-file.md'), pathDate('rfcs/0042-x.md')]).toEqual([20180626, 20180626, 20190000, Number.NaN]);
    const files: Record<string, string> = { '0000-template.md': template };
    for (let n = 1; n <= 20; n++) files[`rfcs/2019${String(n < 12 ? 1 : 6).padStart(2, '0')}${String(n).padStart(2, '0')}-x${n}.md`] = rfc(n >= 12 && n !== 15);
    const ws = await workspace(files, { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' });
    const of = async (p: string) => (await findingsOf(ws, p)).filter((f) => f.rule === 'missing-section').map((f) => [f.severity, f.message]);
    expect(await of('rfcs/20190103-x3.md')).toEqual([
      ['info', 'Section "Prior art" of the template is missing. It belongs after "Motivation". Only 0 of the 11 RFCs dated before 2019-06-12 have it, and most from then on do: the template likely gained it after this one was written.'],
    ]);
    expect((await of('rfcs/20190615-x15.md')).map(([severity]) => severity)).toEqual(['warning']);
  });

  it('gives a hint to every RFC that lacks a section none of the RFCs has', async () => {
    const files: Record<string, string> = { '0000-template.md': template };
    for (let n = 1; n <= 12; n++) files[`rfcs/${String(n).padStart(4, '0')}-x.md`] = rfc(false);
    const ws = await workspace(files, { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' });
    const found = (await findingsOf(ws, 'rfcs/0012-x.md')).filter((f) => f.rule === 'missing-section');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['info', 'Section "Prior art" of the template is missing. It belongs after "Motivation". None of the 12 RFCs has it: the template likely gained it after most were written, or the team does not write it.'],
    ]);
  });

  it('gives a hint where a third of the RFCs at most have the section, unless a sibling template may account for them', async () => {
    const files: Record<string, string> = { '0000-template.md': template };
    for (let n = 1; n <= 12; n++) files[`rfcs/${String(n).padStart(4, '0')}-x.md`] = rfc(n === 5);
    const config = { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' };
    const found = (await findingsOf(await workspace(files, config), 'rfcs/0012-x.md')).filter((f) => f.rule === 'missing-section');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['info', 'Section "Prior art" of the template is missing. It belongs after "Motivation". Only 1 of the 12 RFCs has it: the template likely gained it after most were written, or the team does not write it.'],
    ]);
    // Beside a second template (Ember's deprecation-template.md), some RFCs may follow that one instead.
    const siblings = await workspace({ ...files, 'deprecation-template.md': '# Summary\n\nS.\n\n# Transition path\n\nT.\n' }, config);
    expect((await findingsOf(siblings, 'rfcs/0012-x.md')).filter((f) => f.rule === 'missing-section').map((f) => f.severity)).toEqual(['warning']);
  });

  it("counts the RFCs of a layout without ids or dates (GraphQL's rfcs/DeferStream.md): a part hardly any has is a hint, one most have a warning", async () => {
    const names = ['DeferStream', 'InputUnion', 'Struct', 'OneOf', 'FullSchemas', 'MockSpec', 'SchemaCoordinates', 'FieldExtensions', 'Subscriptions', 'FeatureDiscovery', 'AnnotationStructs', 'OptInFeatures'];
    const files: Record<string, string> = { 'TEMPLATE.md': template };
    names.forEach((n, i) => (files[`rfcs/${n}.md`] = rfc(i === 4)));
    const config = { rfcGlobs: ['rfcs/*.md'], template: 'TEMPLATE.md' };
    const found = (await findingsOf(await workspace(files, config), 'rfcs/Struct.md')).filter((f) => f.rule === 'missing-section');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['info', 'Section "Prior art" of the template is missing. It belongs after "Motivation". Only 1 of the 12 RFCs has it: the template likely gained it after most were written, or the team does not write it.'],
    ]);
    // Where most have it, the one without is held to it: no order, so no era to excuse it.
    names.forEach((n, i) => (files[`rfcs/${n}.md`] = rfc(i !== 2)));
    const held = (await findingsOf(await workspace(files, config), 'rfcs/Struct.md')).filter((f) => f.rule === 'missing-section');
    expect(held.map((f) => f.severity)).toEqual(['warning']);
  });

  it('gives a hint to an RFC written before the template had a header field, in the editor too', async () => {
    const withField = (n: number, field: boolean): string => `---\nfeature: x\n${field ? `tracking: https://example.com/${n}\n` : ''}---\n\n# Summary\n\nS.\n\n# Motivation\n\nM.\n\n# Prior art\n\nP.\n`;
    const files: Record<string, string> = { '0000-template.md': template.replace('feature: (fill me in)\n', 'feature: (fill me in)\ntracking: https://example.com/0\n') };
    for (let n = 1; n <= 20; n++) files[`rfcs/${String(n).padStart(4, '0')}-x.md`] = withField(n, n >= 12 && n !== 15);
    const ws = await workspace(files, { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' });
    const of = async (p: string) => (await findingsOf(ws, p)).filter((f) => f.rule === 'header-field').map((f) => [f.severity, f.message]);
    expect(await of('rfcs/0003-x.md')).toEqual([['info', 'The header has no "tracking" field; add `tracking: https://example.com/0` after "feature". Only 0 of the 11 RFCs before RFC 12 have it, and most from RFC 12 on do: the template likely gained it after this one was written.']]);
    expect((await of('rfcs/0015-x.md')).map(([s]) => s)).toEqual(['warning']);
    // A field written under an alias is the field: the RFCs that write `issue:` for it have it.
    const aliased: Record<string, string> = { ...files };
    for (let n = 1; n <= 20; n++) aliased[`rfcs/${String(n).padStart(4, '0')}-x.md`] = withField(n, n !== 15).replace('tracking:', 'issue:');
    const ws2 = await workspace(aliased, { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md', fieldAliases: { issue: 'tracking' } });
    expect((await findingsOf(ws2, 'rfcs/0015-x.md')).filter((f) => f.rule === 'header-field').map((f) => f.severity)).toEqual(['warning']);
  });

  it('keeps the warning where the RFCs show no era: most of them, old and new, have the section', async () => {
    const files: Record<string, string> = { '0000-template.md': template };
    for (let n = 1; n <= 20; n++) files[`rfcs/${String(n).padStart(4, '0')}-x.md`] = rfc(n !== 3);
    const ws = await workspace(files, { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' });
    expect((await findingsOf(ws, 'rfcs/0003-x.md')).filter((f) => f.rule === 'missing-section').map((f) => f.severity)).toEqual(['warning']);
  });

  it("does not count a section of another of the template's names for the one it starts like (Stacks' \"Reference Implementation\" is no \"References\")", async () => {
    const sips = '# Preamble\n\nP.\n\n# Abstract\n\nA.\n\n# Reference Implementation\n\nR.\n\n# References\n\nL.\n';
    const files: Record<string, string> = { 'sips/SIP_TEMPLATE.md': sips };
    for (let n = 1; n <= 12; n++) files[`sips/sip-${String(n).padStart(3, '0')}-x.md`] = sips.replace(n <= 2 ? 'xx' : '\n# References\n\nL.\n', '');
    const ws = await workspace(files, { rfcGlobs: ['sips/sip-*.md'], template: 'sips/SIP_TEMPLATE.md' });
    const found = (await findingsOf(ws, 'sips/sip-007-x.md')).filter((f) => f.rule === 'missing-section');
    expect(found.map((f) => [f.severity, f.data?.section])).toEqual([['info', 'References']]);
    expect(found[0].message).toContain('Only 2 of the 12 RFCs have it');
  });
});
