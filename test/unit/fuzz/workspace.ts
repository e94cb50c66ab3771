/**
 * The repository the property tests run in: a few tasks, an ADR and RFCs that point at each other,
 * so cross-document rules, resolution and navigation all have something to find. The document under
 * test is opened as an editor buffer at one of the paths below and closed again after each case.
 */
import type { RfcService } from '../../../server/src/core/index';
import { serviceFor } from '../../../server/src/core/index';
import { RfcWorkspace } from '../../../server/src/core/service';
import type { SourceDocument } from '../../../server/src/core/host';
import { TextLines } from '../../../server/src/core/text';
import { FILES } from '../features/fixtures';
import { cleanRfc, MemoryHost, task, TODAY } from '../helpers';

export const FUZZ_FILES: Readonly<Record<string, string>> = {
  ...FILES,
  'tasks/TASK-0003B-storage.md': task('TASK-0003B', 'Storage follow-up', 'done'),
  'docs/rfcs/RFC-0003-dup.md': cleanRfc('RFC-0002', 'Same id as another file'),
  'README.md': '# Readme\n',
};

export const RFC_PATH = 'docs/rfcs/RFC-0001-fuzz.md';
export const TASK_PATH = 'tasks/TASK-0009-fuzz.md';
export const ADR_PATH = 'docs/adr/0007-fuzz.md';
export const DOC_PATHS = [RFC_PATH, RFC_PATH, RFC_PATH, TASK_PATH, ADR_PATH] as const;

export interface FuzzWorkspace {
  readonly service: RfcService;
  /** The state behind the service, for white-box checks of the parsed model. */
  readonly ws: RfcWorkspace;
  readonly host: MemoryHost;
  /** The text of a document by URI: the files on disk, and the open buffer while a case runs. */
  linesOf(uri: string): TextLines | undefined;
  /** Opens `text` at `path` as an editor buffer would; `close` undoes it. */
  open(path: string, text: string): SourceDocument;
  close(path: string): void;
}

/** A service over FUZZ_FILES (plus `extra`), configured and indexed, with today fixed. */
export async function fuzzWorkspace(extra: Readonly<Record<string, string>> = {}): Promise<FuzzWorkspace> {
  const host = new MemoryHost(new Map(Object.entries({ ...FUZZ_FILES, ...extra })));
  const ws = new RfcWorkspace({ host, today: () => TODAY });
  await ws.configure(ws.config);
  const service = serviceFor(ws);
  await service.indexWorkspace();
  const onDisk = new Map([...host.files].map(([p, text]) => [service.uriOf(p), new TextLines(text)]));
  const buffers = new Map<string, TextLines>();
  let version = 1;
  return {
    service,
    ws,
    host,
    linesOf: (uri) => buffers.get(uri) ?? onDisk.get(uri),
    open(path, text) {
      const doc = { path, text, version: ++version };
      buffers.set(service.uriOf(path), new TextLines(text));
      service.updateDocument(doc);
      return doc;
    },
    close(path) {
      buffers.delete(service.uriOf(path));
      service.closeDocument(path);
      if (!host.files.has(path)) service.fileDeleted(path);
    },
  };
}
