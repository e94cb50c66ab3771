import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DetectedLayout } from '../core';
import { DEFAULT_CONFIG, detectLayout, layoutConfigText, parseConfigText, RULE_IDS } from '../core';
import { CONFIG_FILE } from './config';
import { NodeHost } from './nodeHost';

/**
 * What a folder's layout needs from the disk: its Markdown files (and Tekton's `tep-template.md.template`), adr-tools' `.adr-dir`, and the
 * templates a team keeps in `.github/` (Cardano's `.github/CIP-TEMPLATE.md`), which `**` does not enter.
 */
const LAYOUT_GLOBS = ['**/*.md', '**/*.md.template', '.adr-dir', '.github/*.md'];

/**
 * The layout of the repository at `root` (absolute), as `rfc-author init` and VS Code's offer see it:
 * every Markdown file is listed (never under `node_modules` or `.git`), and the core reads the
 * templates and a sample of the documents to choose among them.
 */
export async function detectFolderLayout(root: string): Promise<DetectedLayout> {
  const host = new NodeHost(root, { syncReads: true });
  const paths = await host.listFiles(LAYOUT_GLOBS, DEFAULT_CONFIG.ignore);
  return detectLayout(paths, (p) => host.readFile(p));
}

/**
 * The configuration file's text for a layout. It is read back with the loader every run uses before
 * anyone writes it: a file `init` writes must load without a single problem.
 */
export function configFileText(layout: DetectedLayout): string {
  const text = layoutConfigText(layout);
  const { problems } = parseConfigText(text, RULE_IDS);
  if (problems.length > 0) throw new Error(`the configuration written for this layout does not load: ${problems.map((p) => p.message).join(' ')}`);
  return text;
}

/** Where a folder's configuration file is, and whether one is there already. */
export function configFileOf(root: string): { readonly file: string; readonly exists: boolean } {
  const file = path.join(root, CONFIG_FILE);
  return { file, exists: fs.existsSync(file) };
}
