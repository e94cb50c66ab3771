import { describe, expect, it } from 'vitest';
import type { WorkspaceHost } from '../../../server/src/core/host';
import type { RfcService } from '../../../server/src/core/index';
import { serviceFor } from '../../../server/src/core/index';
import type { RfcServiceOptions } from '../../../server/src/core/service';
import { RfcWorkspace } from '../../../server/src/core/service';
import { cleanRfc, MemoryHost, task, workspace } from '../helpers';

/** The facade over a workspace the test can look into (the list is the core's, not the facade's). */
function open(options: RfcServiceOptions): { ws: RfcWorkspace; service: RfcService } {
  const ws = new RfcWorkspace(options);
  return { ws, service: serviceFor(ws) };
}

const FILES = {
  'docs/rfcs/RFC-0001-sample.md': cleanRfc(),
  'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step'),
  'src/parser/decls.rs': 'fn main() {}',
  'scripts/run-tests.sh': '#!/bin/sh',
};

describe('the repository list of a workspace', () => {
  it('is built by indexWorkspace from the host, documents and other files alike', async () => {
    const ws = await workspace(FILES);
    expect(ws.repoFiles?.all()).toEqual(Object.keys(FILES).sort());
    expect(ws.repoFiles?.bySuffix('parser/decls.rs')).toEqual(['src/parser/decls.rs']);
  });

  it('follows files and folders created and deleted on disk, as the facade is told of them', async () => {
    const host = new MemoryHost(new Map(Object.entries(FILES)));
    const { ws, service } = open({ host });
    await service.indexWorkspace();
    const files = ws.repoFiles;
    if (!files) throw new Error('no repository list');
    const v0 = files.version;

    host.files.set('src/lexer.rs', '');
    await service.fileChanged('src/lexer.rs');
    expect(files.has('src/lexer.rs')).toBe(true);
    expect(files.version).not.toBe(v0);

    const v1 = files.version;
    await service.fileChanged('src/parser/decls.rs');
    expect(files.version).toBe(v1);

    host.files.set('gen/a.ts', '');
    host.files.set('gen/deep/b.ts', '');
    await service.fileChanged('gen');
    expect(files.startingWith('gen/')).toEqual(['gen/a.ts', 'gen/deep/b.ts']);

    service.fileDeleted('src/lexer.rs');
    expect(files.has('src/lexer.rs')).toBe(false);
    service.fileDeleted('gen');
    expect(files.hasFolder('gen')).toBe(false);
    expect(files.all()).toEqual(Object.keys(FILES).sort());
  });

  it('replays what happened on disk while the list was being built', async () => {
    const host = new MemoryHost(new Map(Object.entries(FILES)));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: WorkspaceHost = {
      listFiles: (g, i) => host.listFiles(g, i),
      readFile: (p) => host.readFile(p),
      probe: (p) => host.probe(p),
      async listRepositoryFiles(under) {
        if (under === undefined) await gate;
        return host.listRepositoryFiles(under);
      },
    };
    const { ws, service } = open({ host: slow });
    const indexing = service.indexWorkspace();
    // While the listing waits: one file created, one listed file deleted.
    host.files.set('src/late.rs', '');
    await service.fileChanged('src/late.rs');
    service.fileDeleted('scripts/run-tests.sh');
    expect(service.repositoryFileCount()).toBeUndefined();
    release();
    await indexing;
    // The listing still saw the deleted file (it was taken before): the replay removes it.
    expect(ws.repoFiles?.has('scripts/run-tests.sh')).toBe(false);
    expect(ws.repoFiles?.has('src/late.rs')).toBe(true);
    expect(service.repositoryFileCount()).toBe(Object.keys(FILES).length);
  });

  it('stays undefined, never empty, when the host cannot list the repository', async () => {
    const host = new MemoryHost(new Map(Object.entries(FILES)));
    const bare: WorkspaceHost = { listFiles: (g, i) => host.listFiles(g, i), readFile: (p) => host.readFile(p), probe: (p) => host.probe(p) };
    const plain = open({ host: bare }).service;
    await plain.indexWorkspace();
    expect(plain.repositoryFileCount()).toBeUndefined();
    await plain.fileChanged('src/new.rs');
    expect(plain.fileDeleted('src/new.rs')).toEqual([]);

    const warnings: string[] = [];
    const failing: WorkspaceHost = { ...bare, listRepositoryFiles: () => Promise.reject(new Error('index unreadable')) };
    const { service } = open({ host: failing, logger: { info: () => undefined, warn: (m) => void warnings.push(m), error: () => undefined } });
    await service.indexWorkspace();
    expect(service.repositoryFileCount()).toBeUndefined();
    expect(warnings.join('\n')).toContain('index unreadable');
    // The documents were indexed all the same.
    expect(service.documentPaths('task')).toEqual(['tasks/TASK-0001-first-step.md']);
  });
});
