import type { OptionSpec, Subcommand } from './args';
import { GLOBAL_OPTIONS } from './args';
import { EXIT_CODES } from './io';

const WIDTH = 100;

/** The synopsis line of a subcommand: `rfc-author check [PATH...] [options]`. */
export function synopsis(s: Subcommand): string {
  return ['rfc-author', s.name, s.operands, s.options.length > 0 ? '[options]' : ''].filter((p) => p !== '').join(' ');
}

/** How an option is written in the help: `-f, --format FORMAT`, `    --color, --no-color`. */
export function optionLabel(o: OptionSpec): string {
  const long = `--${o.name}${o.arg ? ` ${o.arg}` : ''}${o.pairedWith ? `, --${o.pairedWith}` : ''}`;
  return o.short ? `-${o.short}, ${long}` : `    ${long}`;
}

/**
 * The whole `--help` text, generated from the table of subcommands and the exit codes, so it cannot
 * drift from what the parser accepts. The README's CLI section is held to it by a test.
 */
export function usageText(table: readonly Subcommand[]): string {
  const out: string[] = ['Usage: rfc-author <command> [options]', '', 'Commands:'];
  const nameWidth = Math.max(...table.map((s) => `${s.name} ${s.operands}`.length));
  for (const s of table) out.push(`  ${`${s.name} ${s.operands}`.padEnd(nameWidth)}  ${s.summary}`);
  for (const s of table) {
    out.push('', `${synopsis(s)}`);
    for (const [i, d] of s.details.entries()) out.push(...(i > 0 ? [''] : []), ...wrap(d, WIDTH - 2).map((l) => `  ${l}`));
    if (s.options.length > 0) out.push('', ...optionLines(s.options));
  }
  out.push('', 'Options of every command:', ...optionLines(GLOBAL_OPTIONS));
  out.push('', 'Exit codes:');
  for (const [code, meaning] of EXIT_CODES) {
    const lines = wrap(meaning, WIDTH - 5);
    out.push(`  ${code}  ${lines[0]}`, ...lines.slice(1).map((l) => `     ${l}`));
  }
  out.push('', 'Documentation: https://github.com/rfc-author/rfc-author#cli');
  return `${out.join('\n')}\n`;
}

function optionLines(options: readonly OptionSpec[]): string[] {
  const width = Math.max(...options.map((o) => optionLabel(o).length));
  const out: string[] = [];
  for (const o of options) {
    const lines = wrap(o.help, WIDTH - width - 6);
    out.push(`  ${optionLabel(o).padEnd(width)}  ${lines[0]}`, ...lines.slice(1).map((l) => `  ${' '.repeat(width)}  ${l}`));
  }
  return out;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}
