import { readFileSync } from 'node:fs';

/**
 * The product's spec folder: `shared/spec` lies beside the repository checkout (here and in CI), so
 * tests that compare against the customer's real files read them from there.
 */
const SPEC_DIR = new URL('../../../shared/spec/', import.meta.url);

export function readSpecFile(name: string): string {
  return readFileSync(new URL(name, SPEC_DIR), 'utf8');
}
