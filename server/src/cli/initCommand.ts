import * as fs from 'node:fs';
import * as path from 'node:path';
import { configFileOf, configFileText, detectFolderLayout } from '../node/layout';
import type { Subcommand } from './args';
import { flag, UsageError } from './args';
import type { CliIo } from './io';
import { EXIT_OK, EXIT_USAGE } from './io';

/**
 * `rfc-author init`: finds where a repository keeps its RFCs or ADRs, the template they follow and
 * how their ids are written, and writes the `.rfc-author.json` a person would write, with comments
 * that say what was found and why. The detection is the core's (`detectLayout`), shared with VS Code.
 */
export const initCommand: Subcommand = {
  name: 'init',
  operands: '[PATH]',
  summary: 'Detect the RFC or ADR layout and template of the repository at PATH and write .rfc-author.json.',
  details: [
    'PATH is the repository\'s top folder (default: the current folder). Known layouts: docs/rfcs/RFC-NNNN-slug.md, rfcs/ and text/ with 0000-template.md (Rust, React, Ember, Vue), adr-tools\' doc/adr and .adr-dir, MADR\'s docs/decisions with adr-template.md, design/ with TEMPLATE.md (Go), KEPs (keps/<sig>/NNNN-name/README.md), Swift\'s proposals/ with proposal-templates/, Ethereum\'s EIPS/eip-N.md with eip-template.md, and, where nothing is numbered, documents named by subject in rfcs/, proposals/, design/ and the like. The file is JSON with comments that say what was found and why; an existing one is never replaced without --force.',
  ],
  options: [
    { name: 'dry-run', type: 'boolean', help: 'print the file instead of writing it' },
    { name: 'force', type: 'boolean', help: 'replace an existing .rfc-author.json' },
  ],
  run: (args, io) => runInit(args.positionals, flag(args.values, 'dry-run'), flag(args.values, 'force'), io),
};

async function runInit(positionals: readonly string[], dryRun: boolean, force: boolean, io: CliIo): Promise<number> {
  if (positionals.length > 1) throw new UsageError(`"init" takes one PATH (got ${positionals.length}).`);
  const root = path.resolve(io.cwd, positionals[0] ?? '.');
  if (!isDirectory(root)) throw new UsageError(`"${positionals[0] ?? '.'}" is not a folder; init writes .rfc-author.json into a repository's top folder.`);
  const target = configFileOf(root);
  const shown = path.relative(io.cwd, target.file) || target.file;
  if (target.exists && !force && !dryRun) {
    io.stderr(`rfc-author: ${shown} already exists; init does not replace it. Run \`rfc-author init --dry-run\` to see what it would write, or \`--force\` to replace it.\n`);
    return EXIT_USAGE;
  }

  const layout = await detectFolderLayout(root);
  if (!layout.config) {
    io.stderr(`rfc-author: ${layout.summary}.\n`);
    for (const n of layout.notes) io.stderr(`  ${n.text}\n`);
    return EXIT_USAGE;
  }
  const text = configFileText(layout);
  const general = layout.notes.filter((n) => n.key === 'general').map((n) => `  ${n.text}\n`).join('');
  if (dryRun) {
    io.stderr(`Found ${layout.summary}.\n${general}`);
    io.stdout(text);
    return EXIT_OK;
  }
  fs.writeFileSync(target.file, text);
  io.stdout(`Found ${layout.summary}.\n${general}Wrote ${shown}${target.exists ? ' (replacing the one there)' : ''}; its comments say what was found and why. Next: rfc-author check${positionals[0] ? ` ${positionals[0]}` : ''}\n`);
  return EXIT_OK;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
