import type { RfcDocument } from '../types';

/**
 * A document that only says where it went: one short paragraph such as `Moved to
 * [2071-impl-trait-existential-types.md](2071-impl-trait-existential-types.md).` or Swift's "This
 * document was renamed as part of the evolution process. Please see [SE-0519: …](…)." or Ethereum's
 * "This file was moved to https://…/erc-1046.md", or Prometheus's quoted "> IMPORTANT: This document was
 * moved to [0028-utf8.md](./0028-utf8.md)", with no heading, no header but front matter, and
 * nothing else (Go's and Rust's design folders keep such files where a document used
 * to be). It is no RFC written from the template, so only its link, its ids and its encoding are
 * checked, and the id in its file name is a leftover, not a second document's claim to it.
 */
const MOVED_RE = /^(?:>\s*)*(?:\[!\w+\]\s*(?:>\s*)*)?(?:[*_]*(?:important|note|notice|update|warning)[*_]*\s*:?[*_]*\s+)?(?:this (?:rfc|proposal|document|design(?: doc(?:ument)?)?|kep|page|file) (?:has |was )?(?:been )?)?(?:moved|renamed)\b/i;
/** What the paragraph must point with: a link, a URL or a Markdown file. */
const POINTER_RE = /\]\(|https?:\/\/|\.md\b/i;
/** A redirect is a sentence or two, not a section of prose that happens to start with "Moved". */
const MAX_LINES = 3;

export type RedirectSource = Pick<RfcDocument, 'headings' | 'header' | 'paragraphs' | 'text' | 'frontMatter'>;

export function isRedirect(doc: RedirectSource): boolean {
  // Front matter may stay (Ethereum's stubs keep `eip:`, `category:` and `status: Moved`); a header in the body may not.
  if (doc.headings.length > 0 || doc.paragraphs.length !== 2) return false;
  const [first, end] = doc.paragraphs;
  // The paragraph itself may read as a field (`> IMPORTANT: This document was moved to …`).
  if (doc.header.some((f) => f.style !== 'frontMatter' && (f.line < first || f.line >= end))) return false;
  if (end - first > MAX_LINES) return false;
  const lines = doc.text;
  // Nothing but that paragraph: no list, code block, quote or table around it.
  for (let l = doc.frontMatter?.endLine ?? 0; l < lines.lineCount; l++) {
    if ((l < first || l >= end) && lines.line(l).trim() !== '') return false;
  }
  let text = '';
  for (let l = first; l < end; l++) text += `${lines.line(l).trim()} `;
  return MOVED_RE.test(text) && POINTER_RE.test(text);
}
