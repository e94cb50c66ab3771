/**
 * The process every measurement runs in. `bench/run.ts` bundles this file with esbuild (as the
 * product is bundled) and starts it once per measurement, so each one gets a fresh heap, its own
 * peak RSS, and a JIT that only ever saw its own work:
 *
 *   node --expose-gc bench/.work/child.cjs <case> --root DIR --out FILE [options]
 *
 * The result is written as JSON to FILE; progress goes to stderr.
 */
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { measureKeystroke, pickDocuments, typeOneCharacter } from './cases/keystroke';
import { completionFixture, measureNavigation } from './cases/navigation';
import type { OnceWhich } from './cases/once';
import { runOnce } from './cases/once';
import type { MemoryKind } from './cases/repository';
import { measureRepositoryBuild, measureRepositoryCheck, measureRepositoryMemory } from './cases/repository';
import { measureStartup } from './cases/startup';
import { measureWorkspace } from './cases/workspace';
import { loadFiles } from './files';
import type { Position } from 'vscode-languageserver-types';
import type { RfcService, SourceDocument } from '../server/src/core/index';
import { checkWorkspace, indexedService, navigation } from './ours';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/**
 * The profiled loops (run under `node --cpu-prof` by bench/profile.ts). Their names are what the
 * profile analysis focuses on, so the set-up before them is left out of the tables.
 */
async function profiledWorkspaceRuns(files: ReadonlyMap<string, string>, seconds: number): Promise<number> {
  let runs = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    await checkWorkspace(files);
    runs++;
  }
  return runs;
}

async function profiledKeystrokes(service: RfcService, path: string, base: string, seconds: number): Promise<number> {
  const typed = typeOneCharacter(base);
  let version = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    version++;
    const doc = { path, text: version % 2 === 0 ? typed : base, version };
    service.updateDocument(doc);
    await service.computeDiagnostics(doc);
  }
  return version;
}

async function profiledCompletions(complete: (doc: SourceDocument, position: Position) => unknown, doc: SourceDocument, position: Position, seconds: number): Promise<number> {
  let calls = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    await Promise.resolve(complete(doc, position));
    calls++;
  }
  return calls;
}

async function profileWorkspace(root: string, seconds: number): Promise<unknown> {
  const files = loadFiles(root);
  await checkWorkspace(files);
  return { runs: await profiledWorkspaceRuns(files, seconds) };
}

async function profileKeystroke(root: string, seconds: number): Promise<unknown> {
  const files = loadFiles(root);
  const service = await indexedService(files);
  const edits: Record<string, number> = {};
  for (const path of Object.values(pickDocuments(files))) edits[path] = await profiledKeystrokes(service, path, files.get(path) ?? '', seconds / 2);
  return { edits };
}

/** Completion after `tasks/` on a cached parse: the completion itself, every task a candidate. */
async function profileCompletion(root: string, seconds: number): Promise<unknown> {
  const files = loadFiles(root);
  const service = await indexedService(files);
  const complete = navigation(service).getCompletions;
  if (!complete) return { calls: 0, pending: 'getCompletions has not landed' };
  const path = pickDocuments(files).median;
  const fixture = completionFixture(files.get(path) ?? '', '`tasks/', '`');
  const doc: SourceDocument = { path, text: fixture.text, version: 1 };
  service.updateDocument(doc);
  return { calls: await profiledCompletions(complete, doc, fixture.position, seconds) };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      root: { type: 'string' },
      out: { type: 'string' },
      warmup: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '5' },
      which: { type: 'string', default: 'ours' },
      server: { type: 'string' },
      seconds: { type: 'string', default: '10' },
      sync: { type: 'string', default: 'true' },
      memory: { type: 'string', default: 'held' },
    },
  });
  const [kind] = positionals;
  const root = values.root;
  if (!root || !values.out) throw new Error('child: --root and --out are required');
  const warmup = Number(values.warmup);
  const rounds = Number(values.rounds);
  let result: unknown;
  switch (kind) {
    case 'workspace':
      result = await measureWorkspace(root, warmup, rounds, log);
      break;
    case 'keystroke':
      result = await measureKeystroke(root, warmup, rounds, log);
      break;
    case 'navigation':
      result = await measureNavigation(root, warmup, rounds, log);
      break;
    case 'once':
      result = await runOnce(values.which as OnceWhich, root);
      break;
    case 'startup': {
      if (!values.server) throw new Error('child startup: --server is required');
      result = await measureStartup(values.server, root, pickDocuments(loadFiles(root)).median, rounds, log);
      break;
    }
    case 'repository-build':
      result = await measureRepositoryBuild(root, values.sync === 'true');
      break;
    case 'repository-check':
      result = await measureRepositoryCheck(root);
      break;
    case 'repository-memory':
      result = await measureRepositoryMemory(root, values.memory as MemoryKind);
      break;
    case 'profile-workspace':
      result = await profileWorkspace(root, Number(values.seconds));
      break;
    case 'profile-keystroke':
      result = await profileKeystroke(root, Number(values.seconds));
      break;
    case 'profile-completion':
      result = await profileCompletion(root, Number(values.seconds));
      break;
    default:
      throw new Error(`child: unknown case "${kind}"`);
  }
  fs.writeFileSync(values.out, JSON.stringify(result));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
