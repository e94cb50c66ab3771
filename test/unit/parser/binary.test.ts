import { describe, expect, it } from 'vitest';
import { binaryReason } from '../../../server/src/core/parser/binary';
import { cleanRfc, findingsOf, workspace } from '../helpers';

const PATH = 'docs/rfcs/RFC-0001-sample.md';
/** Bytes as NodeHost reads them: decoded as UTF-8, invalid sequences turned into U+FFFD. */
const decode = (bytes: number[]): string => Buffer.from(bytes).toString('utf8');

describe('binaryReason', () => {
  it('takes a file with a NUL byte near its start for binary, as git does', () => {
    expect(binaryReason(decode([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe('it holds NUL bytes');
  });

  it('says that a UTF-16 file is UTF-16 and should be saved as UTF-8', () => {
    expect(binaryReason(Buffer.from(cleanRfc(), 'utf16le').toString('utf8'))).toBe('it is UTF-16 text; save it as UTF-8');
  });

  it('takes random bytes without NUL, mostly invalid UTF-8, for binary', () => {
    const bytes = Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    expect(binaryReason(decode(bytes))).toBe('most of it is not valid UTF-8');
  });

  it('reads a Latin-1 RFC with a few accented letters (a few replacement characters) as text', () => {
    expect(binaryReason(cleanRfc().replace('Samples need a design.', 'Caf\uFFFD, na\uFFFDve, r\uFFFDsum\uFFFD.'))).toBeUndefined();
  });

  it('reads emoji, CJK and a NUL far past the start as text', () => {
    expect(binaryReason(`${cleanRfc()}\n✅🟨⬜ 中文 한국어\n`)).toBeUndefined();
    expect(binaryReason(`${'x'.repeat(9000)}\0`)).toBeUndefined();
  });
});

describe('binary RFC files', () => {
  it('get one info finding that says the file is binary and is not analysed, instead of a finding per rule', async () => {
    const text = decode([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x23, 0x20, 0x52, 0x46, 0x43]);
    const ws = await workspace({ [PATH]: text });
    const findings = await findingsOf(ws, PATH);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'file-limit', severity: 'info', message: 'This file looks binary (it holds NUL bytes); it is not analysed.' });
    expect(ws.index.get(PATH)).toMatchObject({ id: 'RFC-0001', loaded: true, refs: [] });
  });
});
