import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');

/** Every TypeScript file under a folder. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT_RE = /^\s*import\s[^;]*?from\s+'([^']+)'/gm;

describe('the facade is the boundary of the core', () => {
  it('is the only way into the core from the client, the CLI and the language server', () => {
    const outside = [...sources(path.join(REPO, 'client/src')), ...sources(path.join(REPO, 'server/src')).filter((f) => !f.includes(`${path.sep}core${path.sep}`))];
    const deep: string[] = [];
    for (const file of outside) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT_RE)) {
        const target = path.resolve(path.dirname(file), m[1]);
        const inCore = path.relative(path.join(REPO, 'server/src/core'), target);
        if (!m[1].startsWith('.') || inCore.startsWith('..')) continue;
        if (inCore !== '' && inCore !== 'index' && inCore !== 'types') deep.push(`${path.relative(REPO, file)} → ${m[1]}`);
      }
    }
    expect(deep).toEqual([]);
  });

  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: REPO });
  });

  it('is held by ESLint: a deep import of the core from the client or a server handler is an error, the facade is not', async () => {
    const deep = "import { RULES } from '../../../server/src/core/rules';\nexport const x = RULES;\n";
    const [client] = await eslint.lintText(deep, { filePath: path.join(REPO, 'client/src/commands/newRfc.ts') });
    expect(client.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [handler] = await eslint.lintText("import { LIMIT_CODE } from '../core/diagnostics';\nexport const x = LIMIT_CODE;\n", { filePath: path.join(REPO, 'server/src/features/hover.ts') });
    expect(handler.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [facade] = await eslint.lintText("import { LIMIT_CODE } from '../core';\nexport const x = LIMIT_CODE;\n", { filePath: path.join(REPO, 'server/src/features/hover.ts') });
    expect(facade.messages.map((m) => m.ruleId)).not.toContain('no-restricted-imports');
  }, 60_000);
});
