import { describe, expect, it } from 'vitest';
import { orderDocuments } from '../../server/src/core/index/documentOrder';
import { metadataDay } from '../../server/src/core/index/metadataDays';
import { sectionOnset } from '../../server/src/core/sectionOnset';
import { WRITTEN_PART, writtenPart } from '../../server/src/core/writtenDate';
import { createRfcService, RULE_IDS, resolveConfig } from '../../server/src/core/index';
import { findingsOf, MemoryHost, workspace } from './helpers';

const field = (name: string, value: string) => ({ name, value });

describe('writtenPart', () => {
  it('reads the day a document says it was written', () => {
    expect(writtenPart([field('Feature Name', 'x'), field('Start Date', '2014-03-20')])).toBe(`${WRITTEN_PART}20140320`);
    expect(writtenPart([field('created', '2015-11-19')])).toBe(`${WRITTEN_PART}20151119`);
    expect(writtenPart([field('creation-date', '2019-01-15 (updated 2020-02-01)')])).toBe(`${WRITTEN_PART}20190115`);
    expect(writtenPart([field('Submitted', '2020-05-21')])).toBe(`${WRITTEN_PART}20200521`);
  });

  it('leaves alone other dates, placeholders and days that are no days', () => {
    expect(writtenPart([field('Last updated', '2020-01-01')])).toBeUndefined();
    expect(writtenPart([field('Start Date', 'YYYY-MM-DD')])).toBeUndefined();
    expect(writtenPart([field('created', '2020-13-01')])).toBeUndefined();
    expect(writtenPart([field('Status', 'Accepted'), field('Decided', '2020-01-01')])).toBeUndefined();
  });
});

describe('orderDocuments', () => {
  const day = (d: number) => [`summary`, `${WRITTEN_PART}${d}`];
  it('orders by the days where nearly all documents give one, and places the others by their numbers', () => {
    const docs = Array.from({ length: 10 }, (_, i) => ({ id: `RFC-${String(i + 1).padStart(4, '0')}`, path: `rfcs/${i + 1}.md` }));
    const known = docs.map((_, i) => day(20200101 + i));
    known[4] = ['summary'];
    // 9 of 10 give a day: RFC 5 takes RFC 4's.
    expect(orderDocuments(docs, known)).toEqual({ order: 'written', numbers: [20200101, 20200102, 20200103, 20200104, 20200104, 20200106, 20200107, 20200108, 20200109, 20200110] });
    // Numbered below every dated one: a day before the first's.
    known[0] = ['summary'];
    known[4] = day(20200105);
    expect(orderDocuments(docs, known).numbers[0]).toBe(20200101);
    // By ids when asked, or where fewer than 9 in 10 give a day.
    expect(orderDocuments(docs, known, true).order).toBe('id');
    known[1] = ['summary'];
    expect(orderDocuments(docs, known)).toEqual({ order: 'id', numbers: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
  });

  it('reads the day of a metadata file (a KEP\'s kep.yaml)', () => {
    expect(metadataDay('title: X\nkep-number: 1287\ncreation-date: 2019-01-15\nstatus: implemented\n')).toBe(20190115);
    expect(metadataDay('title: X\n  creation-date: 2019-01-15\n')).toBeNaN();
    expect(metadataDay('last-updated: 2019-01-15\n')).toBeNaN();
  });
});

describe('sectionOnset: a loose era', () => {
  /** 40 documents: the first 20 have the part where `older(n)`, the last 20 all have it. */
  const numbered = (older: (n: number) => boolean) => ({
    documents: Array.from({ length: 40 }, (_, i) => ({ number: i + 1, sections: i >= 20 || older(i + 1) ? ['drawbacks'] : [] })),
    complete: true,
  });

  it('finds one where about half of the older documents have the part and nearly all newer ones (KEPs\' "Drawbacks", optional until 2020)', () => {
    expect(sectionOnset(numbered((n) => n % 2 === 0), 'drawbacks', new Map())).toEqual({ number: 21, before: 20, beforeWith: 10, after: 20, afterWith: 20, loose: true });
  });

  it('takes the later of the widest-gap split and the split most documents agree with', () => {
    // Five without, then 4 of 11, then 18 with: the widest gap is after the fifth (0 and 76%), the best fit after the sixteenth.
    const has = '0000010101010000111111111111111111';
    const documents = [...has].map((c, i) => ({ number: i + 1, sections: c === '1' ? ['drawbacks'] : [] }));
    expect(sectionOnset({ documents, complete: true }, 'drawbacks', new Map())).toEqual({ number: 17, before: 16, beforeWith: 4, after: 18, afterWith: 18 });
  });

  it("takes a loose era after a strict one where the documents between have the part about half the time (KEPs' PRR questionnaire), and not where they mostly have it (Rust's Prior art)", () => {
    const era = (between: string) => {
      const has = `00000000010000000001${between}${'1'.repeat(24)}`;
      return sectionOnset({ documents: [...has].map((c, i) => ({ number: i + 1, sections: c === '1' ? ['prr'] : [] })), complete: true }, 'prr', new Map());
    };
    expect(era('10'.repeat(12))).toMatchObject({ number: 45, before: 44, beforeWith: 14, loose: true });
    const strict = era('110111011101110111011101');
    expect(strict?.number).toBeLessThanOrEqual(21);
    expect(strict?.loose).toBeUndefined();
  });

  it('finds none where most older documents have it too', () => {
    expect(sectionOnset(numbered((n) => n % 3 !== 0), 'drawbacks', new Map())).toBeUndefined();
  });
});

const template = '---\nfeature: (fill me in)\n---\n\n# Summary\n\nOne paragraph.\n\n# Motivation\n\nWhy.\n\n# Prior art\n\nWhat others did.\n';
const rfc = (created: string | undefined, withPriorArt: boolean) => `---\nfeature: x\n${created ? `created: ${created}\n` : ''}---\n\n# Summary\n\nS.\n\n# Motivation\n\nM.\n${withPriorArt ? '\n# Prior art\n\nP.\n' : ''}`;
const severities = async (ws: Awaited<ReturnType<typeof workspace>>, path: string) => (await findingsOf(ws, path, 'missing-section')).map((f) => [f.severity, f.message]);

describe('missing-section on documents ordered by the day they were written', () => {
  it('tells eras by days where numbers contradict them, and holds a newer document to the part', async () => {
    const files: Record<string, string> = { '0000-template.md': template };
    // Numbers hand out no order: RFC n was written in month (n * 7) % 20.
    const month = (n: number) => ((n * 7) % 20) + 1;
    const dayOf = (n: number) => `${2019 + Math.floor((month(n) - 1) / 12)}-${String(((month(n) - 1) % 12) + 1).padStart(2, '0')}-01`;
    for (let n = 1; n <= 20; n++) files[`rfcs/${String(n).padStart(4, '0')}-x.md`] = rfc(dayOf(n), month(n) >= 11);
    const ws = await workspace(files, { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' });
    const oldest = [...Array(20).keys()].map((i) => i + 1).find((n) => month(n) === 1)!;
    expect(oldest).toBe(20);
    expect(await severities(ws, 'rfcs/0020-x.md')).toEqual([
      ['info', 'Section "Prior art" of the template is missing. It belongs after "Motivation". Only 0 of the 10 RFCs written before 2019-11-01 have it, and most from then on do: the template likely gained it after this one was written.'],
    ]);
    // RFC 21, written last, is held to it.
    const newer = await workspace({ ...files, 'rfcs/0021-x.md': rfc('2020-09-01', false) }, { rfcGlobs: ['rfcs/[0-9]*.md'], template: '0000-template.md' });
    expect((await severities(newer, 'rfcs/0021-x.md')).map(([s]) => s)).toEqual(['warning']);
  });

  it("does not warn where the days show an era but the documents, read without them, show no practice (operator-framework's \"Implementation History\", in 20 of 47)", async () => {
    const files: Record<string, string> = { '0000-template.md': template };
    // Named by subject, no ids: 6 of the 24 written first have it, 14 of the 23 after.
    const name = (n: number) => `enhancements/topic-${String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26))}.md`;
    for (let n = 1; n <= 47; n++) files[name(n)] = rfc(`2020-${String(Math.ceil(n / 4)).padStart(2, '0')}-${String((n % 4) + 1).padStart(2, '0')}`, n <= 24 ? n % 4 === 0 : n <= 38);
    const ws = await workspace(files, { rfcGlobs: ['enhancements/*.md'], template: '0000-template.md' });
    const newer = await severities(ws, name(45));
    expect(newer.map(([s]) => s)).toEqual(['info']);
    expect(newer[0][1]).toContain('Only 20 of the 47 RFCs have it');
  });

  it("reads the day from a folder's one YAML file (Kubernetes's kep.yaml), and not where the folder has two", async () => {
    const files: Record<string, string> = { 'keps/NNNN-template/README.md': template };
    // KEP numbers are issue numbers: KEP 5 was written last, KEP 19 first.
    for (let n = 1; n <= 20; n++) {
      const folder = `keps/sig-x/${n}-x`;
      const written = `2019-01-${String(21 - n).padStart(2, '0')}`;
      files[`${folder}/README.md`] = rfc(undefined, 21 - n >= 6 && n !== 5);
      files[`${folder}/kep.yaml`] = `title: x\nkep-number: ${n}\ncreation-date: ${written}\n`;
    }
    const config = { rfcGlobs: ['keps/*/[0-9]*/README.md'], template: 'keps/NNNN-template/README.md', idPattern: { rfc: '^keps/[^/]+/(\\d+)-[^/]+/README\\.md$' } };
    const ws = await workspace(files, config);
    const old = await severities(ws, 'keps/sig-x/19-x/README.md');
    expect(old.map(([s]) => s)).toEqual(['info']);
    expect(old[0][1]).toContain('RFCs written before');
    // KEP 5, written after the others had the section, is held to it.
    expect((await severities(ws, 'keps/sig-x/5-x/README.md')).map(([s]) => s)).toEqual(['warning']);
    // Two YAML files beside it: neither is its metadata. Read, `other.yaml` would make it the newest
    // KEP; unread, KEP 19 takes the day of KEP 18, numbered just below it, and stays older.
    const two = await workspace({ ...files, 'keps/sig-x/19-x/other.yaml': 'creation-date: 2030-01-01\n' }, config);
    expect((await severities(two, 'keps/sig-x/19-x/README.md')).map(([s]) => s)).toEqual(['info']);
    const read = await workspace({ ...files, 'keps/sig-x/19-x/kep.yaml': 'creation-date: 2030-01-01\n' }, config);
    expect((await severities(read, 'keps/sig-x/19-x/README.md')).map(([s]) => s)).toEqual(['warning']);
  });
});

describe('metadata days in an editor', () => {
  it('are read again when a metadata file changes or goes, and name the documents to check again', async () => {
    const files: Record<string, string> = { 'keps/NNNN-template/README.md': template };
    for (let n = 1; n <= 20; n++) {
      files[`keps/sig-x/${n}-x/README.md`] = rfc(undefined, 21 - n >= 6);
      files[`keps/sig-x/${n}-x/kep.yaml`] = `creation-date: 2019-01-${String(21 - n).padStart(2, '0')}\n`;
    }
    files['keps/sig-x/19-x/README.md'] = rfc(undefined, false);
    const config = resolveConfig({ rfcGlobs: ['keps/*/[0-9]*/README.md'], template: 'keps/NNNN-template/README.md', idPattern: { rfc: '^keps/[^/]+/(\\d+)-[^/]+/README\\.md$' } }, RULE_IDS).config;
    const host = new MemoryHost(new Map(Object.entries(files)));
    const service = await createRfcService({ host, config });
    await service.indexWorkspace();
    const path = 'keps/sig-x/19-x/README.md';
    const severity = async () => (await service.computeDiagnostics({ path, text: files[path], version: 1 })).filter((f) => f.rule === 'missing-section').map((f) => f.severity);
    expect(await severity()).toEqual(['info']);
    // Written last now: held to the section, and every KEP is checked again.
    host.files.set('keps/sig-x/19-x/kep.yaml', 'creation-date: 2030-01-01\n');
    expect((await service.fileChanged('keps/sig-x/19-x/kep.yaml')).length).toBe(20);
    expect(await severity()).toEqual(['warning']);
    // Gone: it takes the day of KEP 18 again.
    host.files.delete('keps/sig-x/19-x/kep.yaml');
    expect(service.fileDeleted('keps/sig-x/19-x/kep.yaml')).toContain(path);
    expect(await severity()).toEqual(['info']);
    // A YAML file that changes no day names nothing.
    host.files.set('ci/config.yml', 'creation-date: 2030-01-01\n');
    expect(await service.fileChanged('ci/config.yml')).toEqual([]);
  });
});
