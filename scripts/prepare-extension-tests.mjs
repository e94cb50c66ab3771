// The "Extension Tests" launch configuration's pre-launch step (.vscode/tasks.json): a fresh copy of
// test/fixtures/integration-workspace/ in .vscode-test/integration-workspace/, the folder it opens.
// The tests edit, write and delete files there; the fixture itself is never opened.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './lib/codeServer.mjs';
import { FIXTURE, requireRunner } from './lib/extensionTests.mjs';

requireRunner();
const dest = path.join(ROOT, '.vscode-test', 'integration-workspace');
fs.rmSync(dest, { recursive: true, force: true });
fs.cpSync(FIXTURE, dest, { recursive: true });
console.log(`Copied the fixture to ${path.relative(ROOT, dest)}/`);
