import { describe, expect, it } from 'vitest';
import { findMojibake, repairMojibake } from '../../server/src/core/mojibake';
import { readSpecFile } from './specFiles';

describe('findMojibake and repairMojibake', () => {
  it('repairs the template as the customer delivered it into exactly the clean template', () => {
    const delivered = readSpecFile('rfc-template.as-delivered.md');
    const clean = readSpecFile('rfc-template.md');
    const repaired = repairMojibake(delivered);
    expect(repaired.count).toBe(23);
    expect(repaired.text).toBe(clean);
  });

  it('finds nothing in the clean template, and repairing it changes nothing', () => {
    const clean = readSpecFile('rfc-template.md');
    expect(findMojibake(clean)).toEqual([]);
    expect(repairMojibake(clean)).toEqual({ text: clean, count: 0 });
  });

  it('finds nothing in German, French and Turkish typography', () => {
    const paragraph = [
      'Ärger über die Größe: „Zitat“ und ‚halbe‘ Anführungszeichen, Maß, Übermäßig, ÄÖÜ äöü ß.',
      '« Les guillemets » à la façon naïve : Œuvre, Ça, être, côté, où, déjà, café…” et né–” ensuite.',
      'İstanbul’da ağaç, şimdi ılık; Şeker, Ğ, ğ, İ, ı, Ş, ş — Çok güzel.',
      'Emoji: 🚀 ✅ 🟨 ⬜ 👍🏽, math ≈ ≤ →, typography – — … ‘ ’ “ ”.',
    ].join('\n');
    expect(findMojibake(paragraph)).toEqual([]);
    expect(repairMojibake(paragraph).text).toBe(paragraph);
  });

  it('decodes Windows-1252 and Windows-1254 damage of 2-, 3- and 4-byte characters', () => {
    const cases: [string, string][] = [
      ['Ã¼ber', 'über'],
      ['Â©', '©'],
      ['âœ…', '✅'],
      ['â€”', '—'],
      ['ğŸŸ¨', '🟨'],
      ['ðŸš€', '🚀'],
      ['Itâ€™s', 'It’s'],
    ];
    for (const [damaged, clean] of cases) expect(repairMojibake(damaged).text, damaged).toBe(clean);
  });

  it('takes a multiplication sign before a dash for typography, and a run of Hebrew damage for damage', () => {
    // Solana's SIMD-0302: "10×–20×" spells the Hebrew letter ז, alone.
    for (const text of ['a 10×–20× speed-up', 'a 3×— gain', '2×’s']) expect(findMojibake(text), text).toEqual([]);
    const hebrew = new TextDecoder('windows-1252').decode(new TextEncoder().encode('שלום'));
    expect(repairMojibake(`Shalom: ${hebrew}.`).text).toBe('Shalom: שלום.');
  });

  it('repairs the right double quote whose last byte was lost in the round trip', () => {
    expect(repairMojibake('â€œquotedâ€ text').text).toBe('“quoted” text');
  });

  it('reports offsets of each damaged sequence and stops at the limit', () => {
    expect(findMojibake('a âœ… b')).toEqual([{ start: 2, end: 5, replacement: '✅' }]);
    expect(findMojibake('âœ…'.repeat(10), 3)).toHaveLength(3);
  });
});
