import { describe, expect, it } from 'vitest';
import { check, cleanRfc } from '../helpers';
import { readSpecFile } from '../specFiles';

const rule = 'mojibake';
const withContext = (paragraph: string) => cleanRfc().replace('Samples need a design.', paragraph);
const CONTEXT_LINE = cleanRfc().split('\n').indexOf('Samples need a design.');

describe('mojibake', () => {
  it('reports nothing for a clean RFC with emoji and typographic quotes', async () => {
    expect(await check(cleanRfc(), rule)).toEqual([]);
    expect(await check(withContext('Ship it 🚀 — “done” → ✅, 🟨 ≈ ⬜ … ‘ok’'), rule)).toEqual([]);
  });

  it('does not flag German, French or Turkish typography', async () => {
    const text = withContext('Ärger über „Zitat“ und Maß; « guillemets » à la façon naïve, café…” ; İstanbul’da ğ, ş, ı; Œuvre Ça.');
    expect(await check(text, rule)).toEqual([]);
  });

  it("leaves alone a damaged character in code beside its bytes in hex (PowerShell's format-hex output), and still reports one without them", async () => {
    const dump = (line: string) => withContext(`The file reads back as:\n\n\`\`\`powershell\n${line}\n\`\`\``);
    expect(await check(dump('00000000   C2 A9 6F 70 79 72 69 67 68 74 2E   Â©opyright.'), rule)).toEqual([]);
    expect((await check(dump('Write-Output "Â©opyright."'), rule)).map((x) => x.data)).toEqual([{ replacement: '©' }]);
    expect((await check(withContext('The bytes C2 A9 show as Â© in prose.'), rule)).map((x) => x.data)).toEqual([{ replacement: '©' }]);
  });

  it('reports each damaged sequence with its repair, on the sequence itself', async () => {
    const f = await check(withContext('Status âœ… and â€œquotedâ€ text ğŸŸ¨.'), rule);
    expect(f.map((x) => [x.range.start.character, x.range.end.character, x.data])).toEqual([
      [7, 10, { replacement: '✅' }],
      [15, 18, { replacement: '“' }],
      [24, 26, { replacement: '”' }],
      [32, 36, { replacement: '🟨' }],
    ]);
    expect(f.every((x) => x.range.start.line === CONTEXT_LINE)).toBe(true);
    expect(f[0].message).toBe('"âœ…" is a damaged "✅" (its UTF-8 bytes were read as Windows-1252/1254); write "✅".');
  });

  it('keeps positions right in a file with CRLF line ends', async () => {
    const text = '# RFC-0001: X\r\n\r\nDone âœ…\r\n';
    const f = await check(text, rule);
    expect(f.map((x) => x.range)).toEqual([{ start: { line: 2, character: 5 }, end: { line: 2, character: 8 } }]);
  });

  it('reports the damage all through the template as delivered', async () => {
    const delivered = readSpecFile('rfc-template.as-delivered.md');
    const f = await check(delivered, rule);
    expect(f).toHaveLength(23);
    expect(new Set(f.map((x) => x.data?.replacement))).toEqual(new Set(['⬜', '🟨', '✅', '“', '”']));
  });

  it('stops at 200 findings in a fully damaged file and says so in the last one', async () => {
    const f = await check(withContext('âœ… '.repeat(250)), rule);
    expect(f).toHaveLength(200);
    expect(f[199].message).toContain('Only the first 200 damaged sequences are reported');
    expect(f[198].message).not.toContain('Only the first');
    const exactly = await check(withContext('âœ… '.repeat(200)), rule);
    expect(exactly).toHaveLength(200);
    expect(exactly[199].message).not.toContain('Only the first');
  });

  it('reports damage in a task and an ADR too, and leaves their typography alone', async () => {
    const t = await check('---\ntitle: TASK-0001 Caf\u00c3\u00a9\nstatus: done\n---\n\nIt works \u00e2\u0153\u2026 „gut“.\n', rule, {}, 'tasks/TASK-0001-cafe.md');
    expect(t.map((f) => (f.data as { replacement: string }).replacement)).toEqual(['é', '✅']);
    expect(await check('# ADR-0001: Über „Zitate“\n\n- Status: Accepted\n', rule, {}, 'docs/adr/0001-zitate.md')).toEqual([]);
  });
});
