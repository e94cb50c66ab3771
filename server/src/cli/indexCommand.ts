import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRfcService, INDEX_END, INDEX_START } from '../core';
import { findWorkspaceRoot, loadConfig } from '../node/config';
import { NodeHost } from '../node/nodeHost';
import type { Subcommand } from './args';
import { flag, stringOption, UsageError } from './args';
import type { CliIo } from './io';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './io';
import { unifiedDiff } from './lineDiff';

/** What `rfc-author index` was asked: a folder (or file) inside the repository, whether only to check, the config file. */
interface IndexRequest {
  readonly path: string;
  readonly check: boolean;
  readonly configFile?: string;
}

/** `rfc-author index`, as a row of the subcommand table. */
export const indexCommand: Subcommand = {
  name: 'index',
  operands: '[PATH]',
  summary: 'Write the table of every RFC into the index file (or, with --check, report a stale one).',
  details: [
    'The table (id, title, status, owners, phases, last update; "indexColumns") goes between the lines <!-- rfc-author:index:start --> and <!-- rfc-author:index:end --> of the index file ("indexFile", default README.md in the RFC folder). PATH is a folder of the repository (default: the current folder); its root is found as check finds it. With --check nothing is written: a stale table prints its diff and exits 1.',
  ],
  options: [
    { name: 'check', type: 'boolean', help: 'write nothing; exit 1 and show the diff when the table is out of date' },
    { name: 'config', short: 'c', type: 'string', arg: 'FILE', help: 'configuration file (default: .rfc-author.json at the workspace root)' },
  ],
  run(args, io) {
    if (args.positionals.length > 1) throw new UsageError('"index" takes one PATH (a folder of the repository).');
    const configFile = stringOption(args.values, 'config');
    if (configFile === '') throw new UsageError('--config needs a file name.');
    return runIndexCommand({ path: args.positionals[0] ?? '.', check: flag(args.values, 'check'), ...(configFile !== undefined ? { configFile } : {}) }, io);
  },
};

const EXIT_STALE = EXIT_FINDINGS;

/**
 * `rfc-author index`: regenerates the RFC table between the marker lines of the index file
 * (`indexFile`, default `README.md` in the RFC folder) from every RFC of the repository, and writes
 * the file when the table changed. With `--check` nothing is written: a stale table prints its diff
 * and exits 1 (for CI and pre-commit), a current one exits 0. The table is computed by the core
 * (`updateIndexFile`); this module only finds the repository, reads and writes the file.
 */
async function runIndexCommand(command: IndexRequest, io: CliIo): Promise<number> {
  const target = path.resolve(io.cwd, command.path);
  if (!fs.existsSync(target)) {
    io.stderr(`rfc-author: ${command.path} does not exist.\n`);
    return EXIT_USAGE;
  }
  const root = findWorkspaceRoot(target);
  const loaded = await loadConfig(root, command.configFile === undefined ? undefined : path.resolve(io.cwd, command.configFile));
  for (const p of loaded.problems) io.stderr(`rfc-author: ${loaded.file ?? '.rfc-author.json'}: "${p.key}": ${p.message}\n`);
  const host = new NodeHost(root, { syncReads: true, logger: { info: () => undefined, warn: (m) => io.stderr(`rfc-author: ${m}\n`), error: (m) => io.stderr(`rfc-author: ${m}\n`) } });
  // The table reads phases, owners and dates: the full summaries, not the check's `rules` detail.
  const service = await createRfcService({ host, rootUri: pathToFileURL(root).href, config: loaded.config, indexDetail: 'full' });
  await service.indexWorkspace();
  const file = service.indexFilePath();
  const shown = path.relative(io.cwd, path.join(root, ...file.split('/'))).split(path.sep).join('/') || file;
  const abs = path.join(root, ...file.split('/'));
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch {
    io.stderr(`rfc-author: ${shown} does not exist; create it with the lines ${INDEX_START} and ${INDEX_END} where the RFC table should go (or set "indexFile").\n`);
    return EXIT_USAGE;
  }
  const update = service.updateIndexFile(text);
  if (!update || update.kind === 'problem') {
    io.stderr(`rfc-author: ${update?.message ?? 'the index could not be computed.'}\n`);
    return EXIT_USAGE;
  }
  const configCode = loaded.problems.length > 0 ? EXIT_USAGE : EXIT_OK;
  if (update.kind === 'current') {
    io.stdout(`${shown} is up to date.\n`);
    return configCode;
  }
  if (command.check) {
    io.stdout(unifiedDiff(file, text, update.text));
    io.stderr(`rfc-author: ${shown} is out of date; run \`rfc-author index\` to update it.\n`);
    return EXIT_STALE;
  }
  fs.writeFileSync(abs, update.text);
  io.stdout(`Updated ${shown} (${update.rows} RFC${update.rows === 1 ? '' : 's'}).\n`);
  return configCode;
}
