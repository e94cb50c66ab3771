import { URI } from 'vscode-uri';
import { joinPath } from './index/paths';

/**
 * Workspace-relative paths ↔ document URIs. Clients encode the same file differently (VS Code writes
 * `file:///c%3A/My%20Docs/x.md`, Neovim `file:///C:/My%20Docs/x.md` and leaves `(`, `@`, `:` as they
 * are), so URIs are compared after vscode-uri has decoded them, never as strings. URIs the core
 * builds use vscode-uri's encoding, which every client decodes.
 */

/** The canonical form of a root URI: vscode-uri's encoding, no trailing slash. */
export function normalizeRootUri(uri: string): string {
  const parsed = parseUri(uri);
  if (!parsed) return uri.replace(/\/+$/, '');
  return parsed.with({ path: trimSlashes(parsed.path) }).toString();
}

/**
 * The URI of a workspace-relative path under `rootUri`. A lone surrogate (a path typed in a document
 * can hold one) has no percent-encoding, and encoding it throws; it becomes U+FFFD, as it would on
 * the way to any file system.
 */
export function uriOfPath(rootUri: string, path: string): string {
  const root = parsedRoot(rootUri);
  const wellFormed = path.replace(LONE_SURROGATE_RE, '\uFFFD');
  if (!root) return `${rootUri}/${wellFormed.split('/').map(encodeURIComponent).join('/')}`;
  return root.uri.with({ path: `${root.path}/${wellFormed}` }).toString();
}

const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The workspace-relative path of `uri` when it names a file under `rootUri`, else undefined (other
 * schemes or authorities, other folders, and `..` segments that climb out of the root).
 */
export function pathOfUri(rootUri: string, uri: string): string | undefined {
  const root = parsedRoot(rootUri);
  const target = parseUri(uri);
  if (!root || !target) return undefined;
  if (target.scheme !== root.uri.scheme || target.authority.toLowerCase() !== root.uri.authority.toLowerCase()) return undefined;
  const path = driveLetterLower(target.path);
  const prefix = root.path === '' ? '/' : `${root.path}/`;
  if (!path.startsWith(prefix)) return undefined;
  const relative = joinPath('', path.slice(prefix.length));
  return relative === undefined || relative === '' ? undefined : relative;
}

interface ParsedRoot {
  readonly uri: URI;
  /** Decoded path without trailing slash, drive letter lower-cased. */
  readonly path: string;
}

/** The last root parsed: one workspace asks about the same root over and over. */
let lastRoot: { readonly text: string; readonly parsed: ParsedRoot | undefined } | undefined;

function parsedRoot(rootUri: string): ParsedRoot | undefined {
  if (lastRoot?.text !== rootUri) {
    const uri = parseUri(rootUri);
    lastRoot = { text: rootUri, parsed: uri ? { uri, path: driveLetterLower(trimSlashes(uri.path)) } : undefined };
  }
  return lastRoot.parsed;
}

function parseUri(uri: string): URI | undefined {
  try {
    const parsed = URI.parse(uri, true);
    return parsed.scheme ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function trimSlashes(path: string): string {
  return path.replace(/\/+$/, '');
}

/** Windows drive letters differ in case between clients (`/C:/` vs `/c:/`); they name one drive. */
function driveLetterLower(path: string): string {
  return /^\/[A-Za-z]:/.test(path) ? `/${path[1].toLowerCase()}${path.slice(2)}` : path;
}
