import type { Position } from 'vscode-languageserver-types';
import type { RfcAuthorConfig } from '../../server/src/core/config';
import { DEFAULT_CONFIG, resolveConfig } from '../../server/src/core/config';
import type { WorkspaceHost } from '../../server/src/core/host';
import { RULE_IDS } from '../../server/src/core/rules';
import { RfcWorkspace } from '../../server/src/core/service';
import type { Finding } from '../../server/src/core/types';
import { BUILTIN_TEMPLATES } from '../../server/src/core/builtinTemplates';
import picomatch from 'picomatch';

/** A workspace held in memory: path → text. Folders are implied by the files. */
export class MemoryHost implements WorkspaceHost {
  constructor(readonly files: Map<string, string> = new Map()) {}

  listFiles(globs: readonly string[], ignore: readonly string[]): Promise<string[]> {
    const match = picomatch([...globs]);
    const ignored = ignore.length > 0 ? picomatch([...ignore], { dot: true }) : () => false;
    return Promise.resolve([...this.files.keys()].filter((p) => match(p) && !ignored(p)).sort());
  }

  readFile(path: string): Promise<string | undefined> {
    return Promise.resolve(this.files.get(path));
  }

  /** Every file (there are no ignore files in memory), or those at or under `under`. */
  listRepositoryFiles(under?: string): Promise<readonly string[]> {
    const all = [...this.files.keys()];
    return Promise.resolve(under === undefined ? all : all.filter((p) => p === under || p.startsWith(`${under}/`)));
  }

  probe(path: string): 'file' | 'directory' | undefined {
    if (this.files.has(path)) return 'file';
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const p of this.files.keys()) if (p.startsWith(prefix)) return 'directory';
    return undefined;
  }
}

export const TODAY = '2026-11-26';

/** A workspace over the given files, indexed, with today fixed. */
export async function workspace(files: Record<string, string>, config?: Partial<RfcAuthorConfig>): Promise<RfcWorkspace> {
  const host = new MemoryHost(new Map(Object.entries(files)));
  const resolved = config ? resolveConfig(config, RULE_IDS).config : DEFAULT_CONFIG;
  const ws = new RfcWorkspace({ host, config: resolved, today: () => TODAY });
  await ws.configure(resolved);
  await ws.indexWorkspace();
  return ws;
}

/** Findings of one rule for `path` (the file must be in the workspace). */
export async function findingsOf(ws: RfcWorkspace, path: string, rule?: string): Promise<Finding[]> {
  const text = await ws.host.readFile(path);
  if (text === undefined) throw new Error(`no file ${path}`);
  const all = await ws.computeDiagnostics({ path, text, version: 1 });
  return rule ? all.filter((f) => f.rule === rule) : all;
}

/** Checks one RFC text (at `path`) in a workspace with `others`; returns the findings of `rule`. */
export async function check(text: string, rule?: string, others: Record<string, string> = {}, path = 'docs/rfcs/RFC-0001-sample.md', config?: Partial<RfcAuthorConfig>): Promise<Finding[]> {
  const ws = await workspace({ ...others, [path]: text }, config);
  return findingsOf(ws, path, rule);
}

const CURSOR = '$$CURSOR$$';

/** Splits fixture text at the `$$CURSOR$$` marker. */
export function withCursor(text: string): { text: string; position: Position } {
  const at = text.indexOf(CURSOR);
  if (at < 0) throw new Error('fixture has no $$CURSOR$$');
  const before = text.slice(0, at);
  const lines = before.split('\n');
  return { text: before + text.slice(at + CURSOR.length), position: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

/** A complete, clean RFC on the built-in template (every section filled in). */
export function cleanRfc(id = 'RFC-0001', title = 'Sample design', overrides: { status?: string; phases?: string; links?: string } = {}): string {
  return `# ${id}: ${title}

- Status: ${overrides.status ?? 'In Progress'}
- Owners: @alice / @bob
- Created: 2026-01-10
- Last Updated: 2026-02-01
- Links:
${overrides.links ?? '  - Tasks: `tasks/TASK-0001-first-step.md` (execution + proof)'}

## Status at a Glance

${overrides.phases ?? '- **Phase 0 (contract)**: ✅\n- **Phase 1 (hardening)**: 🟨\n- **Phase 2 (scale)**: ⬜'}

Definition:

- “Complete” means the **contract** is defined and the **proof gates** are green.

## Scope boundaries (anti-drift)

- **This RFC owns**:
  - the sample contract
- **This RFC does NOT own**:
  - everything else

### Relationship to tasks (single execution truth)

- Tasks define **stop conditions** and **proof commands**.

## Context

Samples need a design.

## Goals

- Make the sample work.

## Non-Goals

- Make it fast.

## Constraints / invariants (hard requirements)

- **Determinism**: markers are deterministic.

## Proposed design

### Contract / interface (normative)

The contract is a function.

### Phases / milestones (contract-level)

- **Phase 0**: the contract (TASK-0001)
- **Phase 1**: hardening
- **Phase 2**: scale

## Security considerations

- **Threat model**: a malicious input file.
- **Mitigations**: bounds checks.
- **Open risks**: none known.

## Failure model (normative)

- Errors are returned, never swallowed.

## Proof / validation strategy (required)

### Proof (Host)

\`\`\`bash
cargo test -p sample
\`\`\`

## Alternatives considered

- Doing nothing (rejected: samples are needed).

## Open questions

- None.

## Checklist (keep current)

- [x] Scope boundaries are explicit.
- [ ] Task(s) exist for each milestone.
`;
}

/** A task file with real-world front matter. */
export function task(id: string, title: string, status = 'in-progress', extra = ''): string {
  return `---\ntitle: ${id} ${title}\nstatus: ${status}\nowner: @runtime\ncreated: 2026-01-10\n${extra}---\n\n# ${id}: ${title}\n\nDoes the thing.\n`;
}

export { BUILTIN_TEMPLATES };
