/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252 or Windows-1254 (and saved again), so
 * ✅ (E2 9C 85) became `âœ…` and 🟨 (F0 9F 9F A8) became `ğŸŸ¨`. A run of characters is damage only
 * when mapping each back to its single byte gives a valid UTF-8 sequence of a character real text
 * holds; German or French typography (`Ärger`, „Zitat“, « », „Spaß“), which a naive detector
 * flags, never forms one.
 *
 * One case cannot be decoded: bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * were dropped in the round trip. `â€` followed by a non-continuation character is the damaged
 * right double quote ” (E2 80 9D), the common case in real files; it is repaired as such.
 */
export interface MojibakeMatch {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** Byte values of characters in the 0x80–0xFF range of Windows-1252 / 1254 (and C1 controls). */
const BYTE_OF = new Map<number, number>();
const HIGH_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
for (let i = 0; i < 32; i++) BYTE_OF.set(HIGH_1252.charCodeAt(i), 0x80 + i);
for (let b = 0x80; b <= 0xff; b++) if (b >= 0xa0 || !BYTE_OF.has(b)) BYTE_OF.set(b, b);
for (let b = 0x80; b < 0xa0; b++) BYTE_OF.set(b, b);
// Windows-1254 (Turkish) differs from 1252 in six letters.
for (const [ch, b] of [[0x011e, 0xd0], [0x0130, 0xdd], [0x015e, 0xde], [0x011f, 0xf0], [0x0131, 0xfd], [0x015f, 0xfe]] as const) BYTE_OF.set(ch, b);

const LEAD_RE = /[\u00C2-\u00F4\u011E\u011F\u0130\u015E]/g;

function byteAt(text: string, i: number): number {
  return i < text.length ? (BYTE_OF.get(text.charCodeAt(i)) ?? -1) : -1;
}

function isContinuation(b: number): boolean {
  return b >= 0x80 && b <= 0xbf;
}

/** Finds damaged sequences in `text`, in order. */
export function findMojibake(text: string, limit = 10_000): MojibakeMatch[] {
  const out: MojibakeMatch[] = [];
  LEAD_RE.lastIndex = 0;
  for (let m = LEAD_RE.exec(text); m !== null && out.length < limit; m = LEAD_RE.exec(text)) {
    const i = m.index;
    const lead = byteAt(text, i);
    const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 ? 1 : 0;
    if (need === 0) continue;
    const bytes = [lead];
    for (let k = 1; k <= need; k++) {
      const b = byteAt(text, i + k);
      if (!isContinuation(b)) break;
      bytes.push(b);
    }
    const inRun = out.length > 0 && out[out.length - 1].end === i;
    if (bytes.length === need + 1 && validSecond(lead, bytes[1]) && (inRun || !isAccentedWord(text, i, bytes))) {
      const decoded = decodeUtf8(bytes);
      if (decoded !== undefined && plausible(decoded) && (inRun || !loneHebrew(decoded, text, i + need + 1))) {
        out.push({ start: i, end: i + need + 1, replacement: decoded });
        LEAD_RE.lastIndex = i + need + 1;
      }
      continue;
    }
    // `â€` + something else: the right double quote whose last byte (0x9D) was lost.
    if (lead === 0xe2 && bytes.length === 2 && bytes[1] === 0x80) {
      out.push({ start: i, end: i + 2, replacement: '\u201D' });
      LEAD_RE.lastIndex = i + 2;
    }
  }
  return out;
}

/** Repairs every damaged sequence. */
export function repairMojibake(text: string): { text: string; count: number } {
  const found = findMojibake(text, Number.MAX_SAFE_INTEGER);
  if (found.length === 0) return { text, count: 0 };
  let out = '';
  let last = 0;
  for (const f of found) {
    out += text.slice(last, f.start) + f.replacement;
    last = f.end;
  }
  return { text: out + text.slice(last), count: found.length };
}

/**
 * `café…”`, `né–”`, `« café »` (with its no-break space) and `é—“`: an accented letter ending a word,
 * or standing alone before two typographic marks from the code page's 0x80–0x9F range, also spells
 * valid UTF-8 (an isolated CJK, Indic or Hangul character). Real damage of that shape would put such
 * a character right after a Latin letter, or alone among Latin text with punctuation for both its
 * bytes, which damaged text almost never holds, while the typography is common (French puts a
 * no-break space before » ! ? : ;); so it is not taken for damage unless it continues a run of
 * damage (`ä¸­æ–‡`). `â` (0xE2) is the exception: it spells the punctuation and symbols (`itâ€™s`,
 * `âœ…`) that damaged English text holds right after letters all the time.
 */
function isAccentedWord(text: string, i: number, bytes: readonly number[]): boolean {
  if (bytes.length !== 3 || bytes[0] === 0xe2) return false;
  if (i > 0 && /\p{Script=Latin}/u.test(text[i - 1])) return true;
  return bytes[1] <= 0x9f && bytes[2] <= 0x9f && !startsDamage(text, i + 3);
}

/**
 * A Hebrew letter alone, with no damage after it: `10×–20×` is a multiplication sign and an en dash
 * (Solana's SIMD-0302), which spell ז. Hebrew is written in words, and damaged Hebrew is a run of
 * `×` pairs (`×©×œ×•×`), so one letter by itself is typography.
 */
function loneHebrew(decoded: string, text: string, next: number): boolean {
  const cp = decoded.codePointAt(0) ?? 0;
  return cp >= 0x05d0 && cp <= 0x05ea && !startsDamage(text, next);
}

/** Whether a damaged sequence (a lead and a continuation character) starts at `i`. */
function startsDamage(text: string, i: number): boolean {
  const lead = byteAt(text, i);
  return lead >= 0xc2 && lead <= 0xf4 && isContinuation(byteAt(text, i + 1));
}

/**
 * Damage comes from the letters and signs people write: Latin (`Ã©` é, `Ä…` ą), combining accents,
 * Greek, Cyrillic, Hebrew and Arabic letters, and everything from U+0900 on (Indic scripts,
 * punctuation, symbols, CJK, emoji). An upper-case accented letter or ß followed by typography
 * (`„Spaß“`, `ÉTÉ »` with its no-break space, `à “`) also spells valid bytes, but of NKo, Syriac,
 * Samaritan, IPA or Hebrew cantillation, which no real text held: those are not damage, and
 * repairing them would destroy good text.
 */
function plausible(decoded: string): boolean {
  const cp = decoded.codePointAt(0) ?? 0;
  if (cp >= 0x0900) return true;
  return cp <= 0x024f || (cp >= 0x0300 && cp <= 0x04ff) || (cp >= 0x05d0 && cp <= 0x05ea) || (cp >= 0x0620 && cp <= 0x064a) || (cp >= 0x0660 && cp <= 0x0669);
}

/** UTF-8 forbids overlong forms and surrogates; these bounds on the second byte rule them out. */
function validSecond(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second <= 0x8f;
  return true;
}

function decodeUtf8(bytes: number[]): string | undefined {
  let cp: number;
  if (bytes.length === 2) cp = ((bytes[0] & 0x1f) << 6) | (bytes[1] & 0x3f);
  else if (bytes.length === 3) cp = ((bytes[0] & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
  else cp = ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3f) << 12) | ((bytes[2] & 0x3f) << 6) | (bytes[3] & 0x3f);
  if (cp > 0x10ffff) return undefined;
  return String.fromCodePoint(cp);
}
