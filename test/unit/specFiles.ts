import { readFileSync } from 'node:fs';

/**
 * The customer's template files, byte for byte as they arrived (`rfc-template.md` clean,
 * `rfc-template.as-delivered.md` damaged by an encoding round-trip). Copied into the repository so
 * tests do not depend on anything beside the checkout.
 */
const SPEC_DIR = new URL('../fixtures/spec/', import.meta.url);

export function readSpecFile(name: string): string {
  return readFileSync(new URL(name, SPEC_DIR), 'utf8');
}
