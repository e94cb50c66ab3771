import type { Node, ParseError } from 'jsonc-parser';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ConfigProblem, RfcAuthorConfig } from './config';
import { DEFAULT_CONFIG, resolveConfig } from './config';
import { TextLines } from './text';

/** What each JSON syntax error means, in words (jsonc-parser names them in CamelCase). */
const SYNTAX: Readonly<Record<string, string>> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace is expected',
  CloseBracketExpected: 'a closing bracket is expected',
  EndOfFileExpected: 'nothing may follow the closing brace',
  InvalidCommentToken: 'a malformed comment',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed escape',
  InvalidCharacter: 'a control character inside a string',
};

/**
 * Parses `.rfc-author.json`. The file may hold comments and trailing commas (JSONC, as VS Code's
 * own settings files do), read by `jsonc-parser`, the parser VS Code uses for them. A syntax error
 * is reported at its line and column and the defaults are used for everything; every other problem
 * names its key and where the key is written, and only that key falls back to its default.
 */
export function parseConfigText(text: string, knownRules: readonly string[]): { config: RfcAuthorConfig; problems: ConfigProblem[] } {
  const source = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const lines = new TextLines(source);
  if (errors.length > 0 || tree === undefined) {
    const first = errors[0];
    const at = first ? lines.positionAt(first.offset) : { line: 0, character: 0 };
    const what = first ? (SYNTAX[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)) : 'the file is empty';
    return {
      config: DEFAULT_CONFIG,
      problems: [{ key: '(file)', message: `.rfc-author.json is not valid JSON: ${what} at line ${at.line + 1}, column ${at.character + 1}; using the defaults.`, line: at.line + 1, column: at.character + 1 }],
    };
  }
  const resolved = resolveConfig(getNodeValue(tree) as unknown, knownRules);
  return { config: resolved.config, problems: resolved.problems.map((p) => located(p, tree, lines)) };
}

/** The problem with the line and column (1-based) of its key in the file, when the key is there. */
function located(problem: ConfigProblem, tree: Node, lines: TextLines): ConfigProblem {
  const dot = problem.key.indexOf('.');
  const keyPath = problem.key.startsWith('(') ? [] : dot === -1 ? [problem.key] : [problem.key.slice(0, dot), problem.key.slice(dot + 1)];
  const node = keyPath.length > 0 ? findNodeAtLocation(tree, keyPath) : undefined;
  // The property's name is where a reader looks for it; its value node's parent is the property.
  const name = node?.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  const offset = (name ?? node ?? tree).offset;
  const at = lines.positionAt(offset);
  return { ...problem, line: at.line + 1, column: at.character + 1 };
}
