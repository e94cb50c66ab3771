import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/codeServer.mjs';

/** Where the scenarios' screenshots go (one per scenario, plus one per failed test). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
