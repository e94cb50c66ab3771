import { describe, expect, it } from 'vitest';
import { RfcWorkspace } from '../../server/src/core/service';
import { normalizeRootUri, pathOfUri, uriOfPath } from '../../server/src/core/uris';
import { MemoryHost } from './helpers';

describe('document URIs and workspace paths', () => {
  it('maps a path under the root to the URI VS Code would send and back', () => {
    const root = 'file:///home/dev/my%20repo';
    const uri = uriOfPath(root, 'docs/rfcs/RFC-0001-a (draft).md');
    expect(uri).toBe('file:///home/dev/my%20repo/docs/rfcs/RFC-0001-a%20%28draft%29.md');
    expect(pathOfUri(root, uri)).toBe('docs/rfcs/RFC-0001-a (draft).md');
  });

  it('reads a URI that Neovim encoded differently as the same workspace path', () => {
    const root = normalizeRootUri('file:///home/dev/team@corp/repo (v2)');
    const neovimStyle = 'file:///home/dev/team@corp/repo%20(v2)/tasks/TASK-0001-a:b.md';
    expect(pathOfUri(root, neovimStyle)).toBe('tasks/TASK-0001-a:b.md');
  });

  it('treats an encoded and a plain Windows drive letter in either case as the same root', () => {
    const root = normalizeRootUri('file:///C:/Users/dev/repo');
    expect(root).toBe('file:///c%3A/Users/dev/repo');
    expect(pathOfUri(root, 'file:///c%3A/Users/dev/repo/docs/rfcs/RFC-0002-x.md')).toBe('docs/rfcs/RFC-0002-x.md');
    expect(pathOfUri(root, 'file:///C:/Users/dev/repo/docs/rfcs/RFC-0002-x.md')).toBe('docs/rfcs/RFC-0002-x.md');
  });

  it('drops a trailing slash from the root so paths never start with one', () => {
    expect(normalizeRootUri('file:///workspace/')).toBe('file:///workspace');
    expect(pathOfUri('file:///workspace/', 'file:///workspace/a.md')).toBe('a.md');
  });

  it('returns no path for a URI outside the root, in a sibling folder with a common prefix, or of another scheme', () => {
    const root = 'file:///workspace';
    expect(pathOfUri(root, 'file:///elsewhere/a.md')).toBeUndefined();
    expect(pathOfUri(root, 'file:///workspace-old/a.md')).toBeUndefined();
    expect(pathOfUri(root, 'untitled:Untitled-1')).toBeUndefined();
    expect(pathOfUri(root, 'file:///workspace')).toBeUndefined();
  });

  it('returns no path for a URI whose dot-dot segments climb out of the root', () => {
    expect(pathOfUri('file:///workspace', 'file:///workspace/docs/../../etc/passwd')).toBeUndefined();
    expect(pathOfUri('file:///workspace', 'file:///workspace/docs/../tasks/TASK-0001.md')).toBe('tasks/TASK-0001.md');
  });

  it('returns no path for text that is not a URI at all', () => {
    expect(pathOfUri('file:///workspace', 'not a uri')).toBeUndefined();
    expect(pathOfUri('file:///workspace', '')).toBeUndefined();
  });

  it('gives RfcWorkspace the same mapping, so a client-encoded document URI finds its indexed path', () => {
    const ws = new RfcWorkspace({ host: new MemoryHost(), rootUri: 'file:///home/dev/repo%20(v2)/' });
    expect(ws.rootUri).toBe('file:///home/dev/repo%20%28v2%29');
    expect(ws.pathOf('file:///home/dev/repo%20(v2)/docs/rfcs/RFC-0001-x.md')).toBe('docs/rfcs/RFC-0001-x.md');
    expect(ws.uriOf('docs/rfcs/RFC-0001-x.md')).toBe('file:///home/dev/repo%20%28v2%29/docs/rfcs/RFC-0001-x.md');
  });
});
