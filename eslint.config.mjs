// ESLint flat config. Zero warnings are allowed (`npm run lint` passes --max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', '.e2e/**', 'test-results/**', '.vscode-test/**', 'bench/.work/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Architecture invariant: the core is pure. It never talks to the editor, the LSP connection,
    // the file system or other processes; all of that is injected (see docs/ARCHITECTURE.md).
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'server/src/core is pure: no editor API.' },
          { name: 'vscode-languageserver', message: 'server/src/core is pure: use vscode-languageserver-types for types.' },
          { name: 'vscode-languageserver/node', message: 'server/src/core is pure: no LSP connection.' },
          { name: 'fs', message: 'server/src/core is pure: file access comes through the injected FileSystem.' },
          { name: 'node:fs', message: 'server/src/core is pure: file access comes through the injected FileSystem.' },
          { name: 'fs/promises', message: 'server/src/core is pure: file access comes through the injected FileSystem.' },
          { name: 'node:fs/promises', message: 'server/src/core is pure: file access comes through the injected FileSystem.' },
          { name: 'child_process', message: 'server/src/core never runs processes.' },
          { name: 'node:child_process', message: 'server/src/core never runs processes.' },
        ],
        patterns: [{ group: ['vscode-languageserver/*', 'node:*'], message: 'server/src/core is pure.' }],
      }],
    },
  },
  {
    // Architecture invariant: the facade is the boundary. The language server, the CLI and the
    // client reach the core only through `server/src/core/index.ts` (and the types of `types.ts`).
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['server/src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)core/(?!(index|types)$)', message: 'Import the core through its facade, server/src/core/index.ts (export what you need from there).' }],
      }],
    },
  },
  {
    // Security invariant: nothing in a document is ever executed. The server and CLI never spawn
    // processes (proof commands are text).
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-modules': 'off',
      'no-restricted-syntax': ['error',
        { selector: "ImportDeclaration[source.value=/^(node:)?child_process$/]", message: 'The server never runs processes.' },
        { selector: "CallExpression[callee.name='require'][arguments.0.value=/^(node:)?child_process$/]", message: 'The server never runs processes.' },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
  },
);
