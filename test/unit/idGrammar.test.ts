import { describe, expect, it } from 'vitest';
import type { RfcAuthorConfig } from '../../server/src/core/config';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { DEFAULT_ID_GRAMMAR } from '../../server/src/core/idGrammar';
import { deriveIdGrammar } from '../../server/src/core/idSchemes';
import { DocumentClassifier } from '../../server/src/core/index/globs';
import { findReferences } from '../../server/src/core/parser/references';

function grammarFor(config: Partial<RfcAuthorConfig>, paths: string[], templatePrefix?: string) {
  const full = { ...DEFAULT_CONFIG, ...config };
  return deriveIdGrammar(full, new DocumentClassifier(full, []), paths, templatePrefix ? { prefix: templatePrefix } : {});
}

describe('the id grammar of our template (the default)', () => {
  it('reads ids from file names: RFC and TASK prefixed, ADRs numbered', () => {
    expect(DEFAULT_ID_GRAMMAR.fromPath('docs/rfcs/RFC-0004-page-allocator.md', 'rfc')).toBe('RFC-0004');
    expect(DEFAULT_ID_GRAMMAR.fromPath('tasks/TASK-0003B-storage.md', 'task')).toBe('TASK-0003B');
    expect(DEFAULT_ID_GRAMMAR.fromPath('docs/adr/0005-ring-buffer.md', 'adr')).toBe('ADR-0005');
    expect(DEFAULT_ID_GRAMMAR.fromPath('docs/rfcs/notes.md', 'rfc')).toBeUndefined();
  });

  it('normalises what people type: zero padding, case, a non-breaking hyphen', () => {
    expect(DEFAULT_ID_GRAMMAR.normalize('rfc-42')).toBe('RFC-0042');
    expect(DEFAULT_ID_GRAMMAR.normalize('TASK\u20110003b')).toBe('TASK-0003B');
    expect(DEFAULT_ID_GRAMMAR.normalize('RFC-0003B')).toBeUndefined();
    expect(DEFAULT_ID_GRAMMAR.normalize('KEP-1234')).toBeUndefined();
  });
});

describe('id grammars learned from other teams’ repositories', () => {
  it("reads no id from a file named by its date (Bazel's designs/2018-06-18-name-resolution.md), and still one from a number that only looks like a year", () => {
    const g = grammarFor({ rfcGlobs: ['designs/[0-9]*.md'] }, ['designs/2018-06-18-name-resolution.md', 'designs/2019-01-14-delayed-load.md']);
    expect(g.fromPath('designs/2018-06-18-name-resolution.md', 'rfc')).toBeUndefined();
    expect(g.fromPath('designs/2000-12-days-of-code.md', 'rfc')).toBe('RFC-2000');
    expect(g.fromPath('text/2018-raw-identifiers.md', 'rfc')).toBe('RFC-2018');
  });


  it("reads Rust's and React's numbered RFC files as RFC ids, and mentions in their forms", () => {
    const g = grammarFor({ rfcGlobs: ['text/[0-9]*.md'] }, ['text/1270-deprecation.md', 'text/0068-react-hooks.md']);
    expect(g.scheme('rfc')).toMatchObject({ prefix: 'RFC', prefixInFileName: false, width: 4 });
    expect(g.fromPath('text/1270-deprecation.md', 'rfc')).toBe('RFC-1270');
    expect(g.display('RFC-0068')).toBe('RFC 68');
    const ids = (text: string) => findReferences(text, 'bare', g).map((r) => [r.ids[0], r.loose === true]);
    expect(ids('As RFC 1270 and RFC #68 say, and rust-lang/rfcs#1270, see [RFC-1270].')).toEqual([
      ['RFC-1270', true],
      ['RFC-0068', true],
      ['RFC-1270', true],
      ['RFC-1270', false],
    ]);
  });

  it('learns the prefix from the file names (KEP-1234-x.md) and from the template when files carry only numbers (Swift: SE-NNNN)', () => {
    expect(grammarFor({ rfcGlobs: ['keps/KEP-*.md'] }, ['keps/KEP-1234-graceful-shutdown.md']).fromPath('keps/KEP-1234-graceful-shutdown.md', 'rfc')).toBe('KEP-1234');
    const swift = grammarFor({ rfcGlobs: ['proposals/[0-9]*.md'] }, ['proposals/0042-keywords.md'], 'SE');
    expect(swift.fromPath('proposals/0042-keywords.md', 'rfc')).toBe('SE-0042');
    expect(findReferences('Builds on SE-0042.', 'bare', swift).map((r) => r.ids)).toEqual([['SE-0042']]);
  });

  it("reads decision records named ADR-N as the RFCs they are configured as (NATS's adr/ADR-5.md), though ADRs keep that prefix by default", () => {
    const g = grammarFor({ rfcGlobs: ['adr/ADR-*.md'] }, ['adr/ADR-1.md', 'adr/ADR-5.md', 'adr/ADR-52.md']);
    expect(g.fromPath('adr/ADR-5.md', 'rfc')).toBe('ADR-0005');
    expect(g.kindOfPrefix('ADR')).toBe('rfc');
    expect(findReferences('Replaces ADR-5.', 'bare', g).map((r) => r.ids)).toEqual([['ADR-0005']]);
  });

  it('numbers documents by the configured pattern where the file name does not carry the number', () => {
    const g = grammarFor({ rfcGlobs: ['keps/*/*/README.md'], idPattern: { rfc: 'keps/[^/]+/(?<number>\\d+)-[^/]+/README\\.md$' } }, ['keps/sig-node/2000-graceful-shutdown/README.md'], 'KEP');
    expect(g.fromPath('keps/sig-node/2000-graceful-shutdown/README.md', 'rfc')).toBe('KEP-2000');
  });

  it("numbers a folder's README by its folder where most documents are such (KEPs), without a configured pattern", () => {
    const keps = ['keps/sig-node/2000-graceful-shutdown/README.md', 'keps/sig-node/1287-in-place-update/README.md', 'keps/sig-apps/2232-suspend-jobs/README.md'];
    const g = grammarFor({ rfcGlobs: ['keps/sig-*/*/README.md'] }, keps, 'KEP');
    expect(g.fromPath('keps/sig-node/1287-in-place-update/README.md', 'rfc')).toBe('KEP-1287');
    expect(g.display('KEP-1287')).toBe('KEP-1287');
    // One numbered README among documents that carry their own numbers is no layout: it is read by its name.
    const rust = grammarFor({ rfcGlobs: ['text/**/*.md'] }, ['text/0001-a.md', 'text/0002-b.md', 'text/0003-c/README.md']);
    expect(rust.fromPath('text/0003-c/README.md', 'rfc')).toBeUndefined();
    expect(rust.fromPath('text/0002-b.md', 'rfc')).toBe('RFC-0002');
    // Folders named by their date are not numbered: 2024 is no id of three documents.
    const dated = ['decisions/2024-05-12-use-x/README.md', 'decisions/2024-06-01-drop-y/README.md', 'decisions/2023-11-30-z/README.md'];
    expect(grammarFor({ rfcGlobs: ['decisions/*/README.md'] }, dated).fromPath(dated[0], 'rfc')).toBeUndefined();
    // Nor are files named by a date without hyphens (TensorFlow's `20180501-estimator-head.md`).
    expect(grammarFor({ rfcGlobs: ['rfcs/[0-9]*.md'] }, ['rfcs/20180501-estimator-head.md', 'rfcs/20180507-cond-v2.md']).fromPath('rfcs/20180501-estimator-head.md', 'rfc')).toBeUndefined();
  });

  it('learns from the globs when there are no files yet', () => {
    expect(grammarFor({ rfcGlobs: ['design/[0-9]*.md'] }, []).scheme('rfc').prefixInFileName).toBe(false);
    expect(grammarFor({ rfcGlobs: ['proposals/PROP-*.md'] }, []).prefixOf('rfc')).toBe('PROP');
  });

  it('reads a numbered file in a kind’s folder as that kind’s id when a path names it', () => {
    const g = grammarFor({ rfcGlobs: ['text/[0-9]*.md'] }, ['text/1270-deprecation.md']);
    expect(g.idOfWrittenPath('text/1270-deprecation.md')).toBe('RFC-1270');
    expect(g.idOfWrittenPath('../text/1270-deprecation.md')).toBe('RFC-1270');
    expect(g.idOfWrittenPath('src/1270-notes.md')).toBeUndefined();
  });
});
