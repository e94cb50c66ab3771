#!/usr/bin/env node
// The `rfc-author` command. Requiring the bundle runs it (see server/src/cli.ts).
/* global require, __dirname */
'use strict';
// Plain CommonJS: this file runs in Node as is, without a build step.
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');

if (fs.existsSync(bundle)) {
  require(bundle);
} else {
  // A source checkout right after `npm install` has no bundle yet: build it once, then run.
  process.stderr.write('rfc-author: building dist/ first (a source checkout that was never built)\n');
  import(pathToFileURL(path.join(__dirname, '..', 'esbuild.mjs')).href).then(
    () => require(bundle),
    (e) => {
      process.stderr.write(`rfc-author: the build failed; run \`npm run build\` to see why (${e instanceof Error ? e.message : String(e)})\n`);
      process.exitCode = 3;
    },
  );
}
