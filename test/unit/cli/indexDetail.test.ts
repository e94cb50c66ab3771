import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { createRfcService } from '../../../server/src/core/index';
import type { SummaryDetail } from '../../../server/src/core/index/summary';
import type { Finding } from '../../../server/src/core/types';
import { loadConfig } from '../../../server/src/node/config';
import { NodeHost } from '../../../server/src/node/nodeHost';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

async function findings(detail: SummaryDetail): Promise<Record<string, Finding[]>> {
  const { config } = await loadConfig(EXAMPLES);
  const host = new NodeHost(EXAMPLES);
  const service = await createRfcService({ host, config: config ?? DEFAULT_CONFIG, today: () => '2026-11-26', indexDetail: detail });
  await service.indexWorkspace();
  const out: Record<string, Finding[]> = {};
  for (const p of await host.listFiles(['docs/rfcs/*.md'], [])) {
    if (service.kindOf(p) !== 'rfc') continue;
    const text = (await host.readFile(p)) ?? '';
    out[p] = await service.computeDiagnostics({ path: p, text, version: 1 });
  }
  return out;
}

describe('the index detail the CLI uses', () => {
  it('gives every rule the same findings as the full index, on the demo workspace with every mistake planted', async () => {
    const full = await findings('full');
    expect(Object.values(full).flat().length).toBeGreaterThan(20);
    expect(await findings('rules')).toEqual(full);
  });
});
