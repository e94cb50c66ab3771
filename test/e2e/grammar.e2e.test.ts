/**
 * The injection grammar, run by the TextMate engine VS Code itself uses (vscode-textmate with the
 * Oniguruma regex engine, from the installed code-server) over VS Code's own Markdown grammar. It
 * checks what a person sees coloured: ids and phase markers, but nothing inside code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/codeServer.mjs';

const VSCODE = join(ROOT, '.e2e', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode');
const load = createRequire(join(VSCODE, 'package.json'));

interface Token {
  readonly startIndex: number;
  readonly endIndex: number;
  readonly scopes: string[];
}
interface Grammar {
  tokenizeLine(line: string, state: unknown): { tokens: Token[]; ruleStack: unknown };
}
interface TextMate {
  Registry: new (options: unknown) => { loadGrammar(scope: string): Promise<Grammar | null> };
  INITIAL: unknown;
}
interface Oniguruma {
  loadWASM(data: ArrayBuffer): Promise<void>;
  createOnigScanner(patterns: string[]): unknown;
  createOnigString(text: string): unknown;
}

let grammar: Grammar;
let initial: unknown;

beforeAll(async () => {
  const textmate = load('vscode-textmate') as TextMate;
  const onig = load('vscode-oniguruma') as Oniguruma;
  const wasm = readFileSync(join(VSCODE, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars: { scopeName: string; path: string }[] } };
  const injection = pkg.contributes.grammars[0];
  const files: Record<string, string> = {
    'text.html.markdown': join(VSCODE, 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
    [injection.scopeName]: join(ROOT, injection.path),
  };
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => onig.createOnigScanner(p), createOnigString: (s: string) => onig.createOnigString(s) }),
    loadGrammar: (scope: string) => (files[scope] ? Promise.resolve(JSON.parse(readFileSync(files[scope], 'utf8')) as unknown) : Promise.resolve(null)),
    getInjections: (scope: string) => (scope === 'text.html.markdown' ? [injection.scopeName] : undefined),
  });
  const loaded = await registry.loadGrammar('text.html.markdown');
  if (!loaded) throw new Error('The Markdown grammar did not load');
  grammar = loaded;
  initial = textmate.INITIAL;
});

/** The pieces of text (adjacent tokens joined) that a scope containing `part` covers, in order. */
function scoped(lines: string[], part: string): string[] {
  let state = initial;
  const out: string[] = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    let end = -1;
    for (const t of r.tokens) {
      if (!t.scopes.some((s) => s.includes(part))) continue;
      const text = line.slice(t.startIndex, t.endIndex);
      if (t.startIndex === end) out[out.length - 1] += text;
      else out.push(text);
      end = t.endIndex;
    }
  }
  return out;
}

describe('the injection grammar in VS Code\'s TextMate engine', () => {
  it('colours document ids in prose, with any hyphen, and the template id placeholder', () => {
    expect(scoped(['See RFC-0004, TASK-0003B and ADR\u20110005; fill RFC-XXXX.'], 'document-id.rfc-author')).toEqual(['RFC-0004', 'TASK-0003B', 'ADR\u20110005', 'RFC-XXXX']);
  });

  it('does not colour ids inside paths, longer words or inline code', () => {
    expect(scoped(['a/RFC-0004-x.md, XRFC-0004, RFC-0004x, `TASK-0001`'], 'document-id.rfc-author')).toEqual([]);
  });

  it('does not colour ids or markers inside a fenced code block', () => {
    expect(scoped(['```bash', 'echo RFC-0004 ✅', '```', 'RFC-0005'], 'rfc-author')).toEqual(['RFC-0005']);
  });

  it('colours each phase marker with its state and the phase label', () => {
    const line = '- **Phase 1a (hardening)**: ✅ 🟨 ⬜';
    expect(scoped([line], 'phase-marker.done')).toEqual(['✅']);
    expect(scoped([line], 'phase-marker.in-progress')).toEqual(['🟨']);
    expect(scoped([line], 'phase-marker.not-started')).toEqual(['⬜']);
    expect(scoped([line], 'entity.name.section.phase')).toEqual(['Phase 1a']);
  });
});
