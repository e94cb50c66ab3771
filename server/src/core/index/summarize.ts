import { binaryReason } from '../parser/binary';
import type { BlockCollector } from '../parser/blocks';
import { fieldText } from '../parser/frontMatter';
import { MAX_PARSE_CHARS, parseRfc } from '../parser/rfcParser';
import { summaryTitleHeading } from '../parser/title';
import { TextLines } from '../text';
import type { DocKind, FrontMatter } from '../types';
import { isDocumentKind } from './globs';
import { leanScan } from './leanScan';
import type { DocSummary, SummaryContext, SummaryDetail, SummarySource } from './summary';
import { headerStatus, sectionStatus, summaryFromName, summaryOf } from './summary';

/**
 * The summary of a file read from disk: the lean scan's when it can read the file exactly as the
 * parser would, else the summary of the full parse. Either way it is `summaryOf` the file's parse.
 */
export function summarize(path: string, kind: DocKind, text: string, ctx: SummaryContext, detail: SummaryDetail = 'full'): DocSummary {
  const scanned = scanSummary(path, kind, text, ctx, detail);
  return typeof scanned === 'string' ? summaryOf(parseRfc(path, 0, text, ctx.options), kind, ctx, detail) : scanned;
}

/** The lean scan's summary of a file, or why the scan could not be sure of it (then the file is parsed). */
export function scanSummary(path: string, kind: DocKind, text: string, ctx: SummaryContext, detail: SummaryDetail): DocSummary | string {
  // Binary content names nothing: what its bytes happen to spell is neither a title nor a link.
  if (binaryReason(text)) return { ...summaryFromName(path, kind, ctx.options.ids), loaded: true };
  if (text.length > MAX_PARSE_CHARS) return 'past the parser\'s size limit';
  const lines = new TextLines(text);
  const nameId = isDocumentKind(kind) ? ctx.options.ids.fromPath(path, kind) : undefined;
  const scan = leanScan(lines, detail, ctx.options, (blocks, fm) => settled(blocks, fm, nameId, ctx));
  if ('bail' in scan) return scan.bail;
  const { blocks, frontMatter } = scan;
  const source: SummarySource = {
    path,
    text: lines,
    analysed: true,
    ...(frontMatter ? { frontMatter } : {}),
    headings: blocks.headings,
    header: blocks.header.fields(),
    paragraphs: blocks.paragraphs,
    references: blocks.inline?.references ?? [],
  };
  return summaryOf(source, kind, ctx, detail);
}

/** Whether nothing later in a file can change its `rules` summary (id, title, status). */
function settled(blocks: BlockCollector, fm: FrontMatter | undefined, nameId: string | undefined, ctx: SummaryContext): boolean {
  const h1 = summaryTitleHeading(blocks.headings) !== undefined;
  if (!h1 && (!fieldText(fm, 'title') || (nameId === undefined && ctx.options.ids.normalize(fieldText(fm, 'id') ?? '') === undefined))) return false;
  if (!blocks.header.provisional && headerStatus(blocks.header.fields(), ctx) !== undefined) return true;
  return !blocks.header.active && sectionStatus({ text: blocks.lines, headings: blocks.headings, paragraphs: blocks.paragraphs }) !== undefined;
}
