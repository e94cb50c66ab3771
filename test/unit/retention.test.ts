import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import { DocumentClassifier } from '../../server/src/core/index/globs';
import { NodeHost } from '../../server/src/node/nodeHost';
import { cleanup, tempDir, writeTree } from './cli/harness';

/**
 * Tables that live as long as a check (or a server) must not keep the documents their keys were cut
 * from: V8 keeps a substring as a view of its parent text, so a 24-character path taken from a 12 KB
 * RFC would keep all 12 KB alive. At 55,000 documents this was most of a check's memory (1.17 GB at
 * 10,000 RFCs, 383 MB once the tables kept copies).
 */
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const TEXTS = 40;
const TEXT_BYTES = 512 * 1024;

/** Heap (MB) still held after `keep` was given one path cut from each of 40 texts of 512 KB, and the texts were dropped. */
function retainedMb(keep: (piece: string) => void): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < TEXTS; i++) {
    const text = `${'x'.repeat(TEXT_BYTES)} see docs/rfcs/missing-${String(i).padStart(4, '0')}.md here`;
    keep(text.slice(TEXT_BYTES + 5, TEXT_BYTES + 5 + 'docs/rfcs/missing-0000.md'.length));
  }
  gc();
  return (process.memoryUsage().heapUsed - before) / 1e6;
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(cleanup));

describe('long-lived tables keep copies of their keys, not the texts they came from', () => {
  it('measures what it claims: a table of the pieces themselves holds the texts', () => {
    const pinned: string[] = [];
    expect(retainedMb((p) => void pinned.push(p))).toBeGreaterThan(15);
    expect(pinned).toHaveLength(TEXTS);
  });

  it('NodeHost.probe caches its answer under a copy of the path', () => {
    const root = writeTree(tempDir('rfc-author-retention-'), { 'docs/rfcs/RFC-0001-a.md': 'a' });
    dirs.push(root);
    const host = new NodeHost(root);
    expect(retainedMb((p) => void host.probe(p))).toBeLessThan(5);
    expect(host.probe('docs/rfcs/missing-0000.md')).toBeUndefined();
  });

  it('DocumentClassifier.kindOf remembers kinds under a copy of the path', () => {
    const classifier = new DocumentClassifier(DEFAULT_CONFIG, []);
    expect(retainedMb((p) => void classifier.kindOf(p))).toBeLessThan(5);
    expect(classifier.kindOf('docs/rfcs/missing-0000.md')).toBe('other');
  });
});
