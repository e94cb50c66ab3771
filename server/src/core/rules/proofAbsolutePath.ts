import type { Rule } from './rule';

/**
 * A home directory in a proof command: `/home/<user>/…`, `/Users/<user>/…`, `/root/…`,
 * `C:\Users\<user>\…`. Only home directories are machine paths: system paths (`/usr/bin/env`,
 * `/tmp/x`, `/dev/null`, `/etc/hosts`) are the same on every machine and stay allowed. The path must
 * start a word, so `/srv/home/x` is not taken for `/home/x`.
 */
const MACHINE_PATH_RE = /(?<![\w.~/\\-])(?:\/home\/[^\s/'"`;&|)]+|\/Users\/[^\s/'"`;&|)]+|\/root(?=[/\s'"`;&|)]|$)|[A-Za-z]:[\\/]Users[\\/][^\s\\/'"`;&|)]+)[^\s'"`;&|)]*/g;
const CD_BEFORE_RE = /^(\s*(?:\$\s+)?)cd\s+(["']?)$/;

/**
 * Proof commands run from the repository root on any machine. A command that hard-codes someone's
 * checkout (`cd /home/alice/repo && cargo test`) fails everywhere else; the finding sits on the path,
 * and when the line has the `cd <path> && …` shape the fix offers the line without that prefix.
 */
export const proofAbsolutePath: Rule<'proof-absolute-path'> = {
  id: 'proof-absolute-path',
  defaultSeverity: 'warning',
  description: 'Proof commands hard-code no home directory.',
  requires: ['proof'],
  check(a, report) {
    const match = a.sectionFor(a.template.roles.proofSection);
    if (!match) return;
    for (const block of a.doc.codeBlocks) {
      if (block.section !== match.index) continue;
      for (let l = block.contentStart; l < block.contentEnd; l++) {
        const line = a.doc.text.line(l);
        MACHINE_PATH_RE.lastIndex = 0;
        for (let m = MACHINE_PATH_RE.exec(line); m !== null; m = MACHINE_PATH_RE.exec(line)) {
          const path = m[0];
          const range = { start: { line: l, character: m.index }, end: { line: l, character: m.index + path.length } };
          const replacement = withoutCd(line, m.index, path);
          if (replacement !== undefined) {
            report(range, `The proof command starts in "${path}", a directory of one machine; drop the \`cd\` and run it from the repository root.`, { path, replacement });
          } else {
            report(range, `The proof command uses "${path}", a directory of one machine; use a path relative to the repository root.`, { path });
          }
        }
      }
    }
  },
};

/** The line without its leading `cd <path> && `, when it has that shape. */
function withoutCd(line: string, at: number, path: string): string | undefined {
  const before = CD_BEFORE_RE.exec(line.slice(0, at));
  if (!before) return undefined;
  const after = line.slice(at + path.length);
  const quote = before[2];
  if (quote && !after.startsWith(quote)) return undefined;
  const rest = /^\s*&&\s*/.exec(after.slice(quote.length));
  if (!rest) return undefined;
  return before[1] + after.slice(quote.length + rest[0].length);
}
