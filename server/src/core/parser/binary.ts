/**
 * Binary content in a Markdown file: an image saved as `RFC-0001-x.md`, a file in another encoding
 * read as UTF-8. Rules run on it would report every section missing, every header field empty, and
 * whatever the bytes happen to spell; one clear notice helps more. The test is git's: a NUL in the
 * first 8,000 characters, or (for text in a legacy encoding, or random bytes) replacement
 * characters where invalid UTF-8 was read, in more than one character of ten there.
 */
const SAMPLE = 8000;

/** Why `text` is taken for binary, or undefined for text. */
export function binaryReason(text: string): string | undefined {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.includes('\0')) return looksUtf16(sample) ? 'it is UTF-16 text; save it as UTF-8' : 'it holds NUL bytes';
  let replaced = 0;
  for (let i = sample.indexOf('\uFFFD'); i >= 0; i = sample.indexOf('\uFFFD', i + 1)) replaced++;
  return replaced >= 8 && replaced * 10 > sample.length ? 'most of it is not valid UTF-8' : undefined;
}

/** UTF-16 text of a Latin script read as UTF-8: every other character is NUL. */
function looksUtf16(sample: string): boolean {
  if (sample.length < 16) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return Math.max(even, odd) * 3 > sample.length && Math.min(even, odd) * 10 < Math.max(even, odd);
}
