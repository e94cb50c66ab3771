import { findMojibake } from '../mojibake';
import type { DocumentAnalysis } from '../analysis';
import type { Rule } from './rule';

/** Findings per document: a fully damaged file stays usable, and one fix repairs it all anyway. */
export const MOJIBAKE_CAP = 200;

/**
 * Text whose UTF-8 was decoded as Windows-1252 or -1254 and saved again (`âœ…` for ✅). Each damaged
 * sequence is one finding with its repair in `data.replacement`. The detector only reports byte runs
 * that form valid UTF-8, so German, French or Turkish typography (`Ärger`, „Zitat“, « », `İstanbul`)
 * is left alone.
 */
export const mojibake: Rule<'mojibake'> = {
  id: 'mojibake',
  defaultSeverity: 'warning',
  description: 'No text is UTF-8 that was decoded as Windows-1252 or Windows-1254.',
  kinds: ['rfc', 'task', 'adr'],
  check(a, report) {
    const text = a.doc.text;
    const found = findMojibake(text.text, MOJIBAKE_CAP + 1).filter((m) => !shownAsBytes(a.doc.text.line(text.positionAt(m.start).line), m.replacement, inCode(a, text.positionAt(m.start).line)));
    const shown = found.slice(0, MOJIBAKE_CAP);
    shown.forEach((m, i) => {
      const damaged = text.text.slice(m.start, m.end);
      const more = i === MOJIBAKE_CAP - 1 && found.length > MOJIBAKE_CAP ? ` Only the first ${MOJIBAKE_CAP} damaged sequences are reported; "Repair mojibake in the document" fixes them all.` : '';
      report(
        { start: text.positionAt(m.start), end: text.positionAt(m.end) },
        `"${damaged}" is a damaged "${m.replacement}" (its UTF-8 bytes were read as Windows-1252/1254); write "${m.replacement}".${more}`,
        { replacement: m.replacement },
      );
    });
  },
};

function inCode(a: DocumentAnalysis, line: number): boolean {
  return a.doc.codeBlocks.some((b) => line >= b.contentStart && line < b.contentEnd);
}

/**
 * A damaged character in code beside its UTF-8 bytes in hex is a demonstration of the damage, not
 * damage: PowerShell's RFC on file encodings shows `format-hex` output, `C2 A9 6F 70 … Â©opyright.`
 */
function shownAsBytes(line: string, replacement: string, code: boolean): boolean {
  if (!code) return false;
  const hex = [...new TextEncoder().encode(replacement)].map((b) => b.toString(16).padStart(2, '0'));
  return new RegExp(`\\b${hex.join('[\\s:-]?')}\\b`, 'i').test(line);
}
