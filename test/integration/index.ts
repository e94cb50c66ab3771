/**
 * The extension tests' runner: `dist/test/integration/index.js` exports `run()`, which VS Code calls
 * in the extension host when it is started with `--extensionTestsPath` (desktop VS Code through
 * @vscode/test-electron) or with the `extensionTestsPath` payload (code-server). It runs the mocha
 * suites below in the folder the launcher opened (a fresh copy of
 * `test/fixtures/integration-workspace/`, or the fixture itself: see workspace.ts), puts that folder
 * back as it found it, and resolves when every test passed (VS Code then exits with 0) or throws
 * (exit code 1).
 *
 * The suites are bundled into this one file (mocha too), so the runner needs nothing from
 * node_modules at run time: any launcher can load it.
 */
import Mocha from 'mocha';
import { prepareWorkspace, restoreWorkspace, root } from './workspace';

/** The suites in the order they run; each one leaves the workspace as it found it. */
const SUITES: readonly [string, () => Promise<unknown>][] = [
  ['activation.test.ts', () => import('./activation.test')],
  ['diagnostics.test.ts', () => import('./diagnostics.test')],
  ['completion.test.ts', () => import('./completion.test')],
  ['navigation.test.ts', () => import('./navigation.test')],
  ['codeActions.test.ts', () => import('./codeActions.test')],
  ['commands.test.ts', () => import('./commands.test')],
  ['statusBar.test.ts', () => import('./statusBar.test')],
  // Last: it kills the language server.
  ['restart.test.ts', () => import('./restart.test')],
];

export async function run(): Promise<void> {
  prepareWorkspace();
  // The launchers print the workbench's log from this line on (scripts/test-integration.mjs).
  console.log(`RFC Author extension tests: ${SUITES.length} suites in ${root().fsPath}`);
  const mocha = new Mocha({
    ui: 'tdd',
    // The language server starts and indexes inside the first tests; each wait polls with its own limit.
    timeout: 60_000,
    color: false,
    reporter: 'spec',
    grep: process.env.RFC_INTEGRATION_GREP,
  });
  // What mocha does when it loads a test file: the interface's functions (`suite`, `test`, …, which
  // the suites import from 'mocha') are bound to this run before the suite's module body calls them.
  // They are set on a context object of their own rather than on the extension host's globals.
  const context = {};
  for (const [file, load] of SUITES) {
    mocha.suite.emit('pre-require', context, file, mocha);
    await load();
    mocha.suite.emit('post-require', context, file, mocha);
  }
  try {
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    if (failures > 0) throw new Error(`${failures} of the extension tests failed.`);
  } finally {
    restoreWorkspace();
  }
}
