import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../../server/src/cli';
import { GLOBAL_OPTIONS } from '../../../server/src/cli/args';
import { SUBCOMMANDS } from '../../../server/src/cli/commands';
import { EXIT_CODES } from '../../../server/src/cli/io';
import { optionLabel, synopsis } from '../../../server/src/cli/usage';

const README = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
/** The README's CLI section: from `## CLI` to the next second-level heading. */
const CLI = README.slice(README.indexOf('\n## CLI\n')).split(/\n## (?!CLI\n)/)[0];
const check = SUBCOMMANDS.find((s) => s.name === 'check');

describe('the README\'s CLI section and `rfc-author --help` agree', () => {
  it('shows the synopsis of every subcommand', () => {
    for (const s of SUBCOMMANDS) {
      expect(USAGE).toContain(synopsis(s));
      expect(CLI).toContain(synopsis(s));
    }
  });

  it('lists exactly the options of check, written as --help writes them', () => {
    const rows = [...CLI.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(check?.options.map((o) => optionLabel(o).trim()));
    for (const o of check?.options ?? []) expect(USAGE).toContain(optionLabel(o).trim());
  });

  it('mentions no option that the command line does not accept', () => {
    const known = new Set([...SUBCOMMANDS.flatMap((s) => s.options), ...GLOBAL_OPTIONS].flatMap((o) => [o.name, ...(o.pairedWith ? [o.pairedWith] : [])]));
    // npm's own options (`npm install --save-dev rfc-author`) are not ours.
    const ours = CLI.replace(/`npm [^`]*`/g, '');
    const mentioned = new Set([...ours.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]));
    expect([...mentioned].filter((o) => !known.has(o))).toEqual([]);
  });

  it('gives the same exit codes, with the same meanings, as --help', () => {
    const table = [...CLI.matchAll(/^\| (\d) \| (.+) \|$/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(table).toEqual(EXIT_CODES.map(([code, meaning]) => [code, meaning]));
    const help = USAGE.slice(USAGE.indexOf('Exit codes:'));
    for (const [code] of EXIT_CODES) expect(help).toMatch(new RegExp(`^  ${code}  `, 'm'));
    // The wrapped help text holds every word of each meaning, in order.
    for (const [, meaning] of EXIT_CODES) expect(help.replace(/\s+/g, ' ')).toContain(meaning);
  });
});
