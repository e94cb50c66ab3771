#!/usr/bin/env node
// The `rfc-author` command. The bundle runs itself when required from here (see server/src/cli.ts).
/* global require */
'use strict';
// A plain CommonJS require: this file runs in Node as is, without a build step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('../dist/cli.js');
