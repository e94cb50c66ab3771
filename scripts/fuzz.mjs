// `npm run fuzz -- [--runs N] [--seed S] [--path P] [--filter NAME]`: the property tests of
// test/unit/fuzz/ run long, or replay one failure. `npm test` runs the same properties with a
// CI-sized budget; here each property runs N cases (10,000 by default). A failure prints
// fast-check's seed, path and shrunk counterexample, and the exact command that replays it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `Usage: npm run fuzz -- [--runs N] [--seed S] [--path P] [--filter NAME]

  --runs N       cases per property (default 10000; npm test runs a CI-sized budget)
  --seed S       fast-check seed, to replay a failure (from its report)
  --path P       fast-check path of the shrunk counterexample (from its report)
  --filter NAME  run only the property of that name (its report names it)
`;

let options;
try {
  options = parseArgs({
    options: { runs: { type: 'string' }, seed: { type: 'string' }, path: { type: 'string' }, filter: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }).values;
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const runs = options.runs ?? '10000';
for (const [name, value] of [['--runs', runs], ['--seed', options.seed]]) {
  if (value !== undefined && !/^-?\d+$/.test(value)) {
    process.stderr.write(`${name} must be a whole number, not "${value}".\n\n${USAGE}`);
    process.exit(2);
  }
}

const env = { ...process.env, RFC_FUZZ_RUNS: runs };
if (options.seed !== undefined) env.RFC_FUZZ_SEED = options.seed;
if (options.path !== undefined) env.RFC_FUZZ_PATH = options.path;
if (options.filter !== undefined) env.RFC_FUZZ_ONLY = options.filter;
process.stdout.write(`Fuzzing with ${runs} cases per property${options.seed ? `, seed ${options.seed}` : ''}${options.filter ? `, only "${options.filter}"` : ''}.\n`);

// The same vitest the unit suite uses, on the fuzz folder only (the regression tests included).
const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', '--config', 'vitest.config.mts', 'test/unit/fuzz/'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
