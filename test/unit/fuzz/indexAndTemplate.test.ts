import fc from 'fast-check';
import { describe, it } from 'vitest';
import { normalizeId } from '../../../server/src/core/ids';
import { createRfcService } from '../../../server/src/core/index';
import { summarize } from '../../../server/src/core/index/summary';
import { binaryReason } from '../../../server/src/core/parser/binary';
import { parseRfc } from '../../../server/src/core/parser/rfcParser';
import { fillRfcTemplate, firstPlaceholder } from '../../../server/src/core/scaffold';
import { buildTemplate } from '../../../server/src/core/template';
import { TextLines } from '../../../server/src/core/text';
import { cleanRfc, MemoryHost, TODAY } from '../helpers';
import { documentArb } from './arbitraries';
import { fuzz, timeoutFor } from './fuzz';
import { expectRange, expectVersionedEdits, SimulatedClient } from './invariants';

const PATHS = ['docs/rfcs/RFC-0001-x.md', 'tasks/TASK-0003B-x.md', 'docs/adr/0005-x.md', 'notes/README.md', 'docs/rfcs/rfc-0001.md'] as const;
const KINDS = ['rfc', 'task', 'adr', 'other'] as const;

describe('the index summary of any file', () => {
  it('never throws, keeps every reference inside its line and every id canonical', async () => {
    await fuzz(
      'summarize',
      fc.property(documentArb, fc.constantFrom(...PATHS), fc.constantFrom(...KINDS), (text, path, kind) => {
        const s = summarize(path, kind, text);
        const lines = new TextLines(text);
        for (const r of s.refs) {
          expectRange(lines, { start: { line: r.line, character: r.start }, end: { line: r.line, character: r.end } }, `summary reference ${JSON.stringify(r)}`);
          for (const id of r.ids) if (normalizeId(id) !== id) throw new Error(`reference id ${id} is not canonical`);
        }
        if (s.id !== undefined && normalizeId(s.id) !== s.id) throw new Error(`document id ${s.id} is not canonical`);
        if (s.excerpt.length > 300) throw new Error(`excerpt of ${s.excerpt.length} characters`);
        if (s.owners.some((o) => o.length === 0) || !s.loaded) throw new Error(`summary ${JSON.stringify(s)} is incomplete`);
      }),
      2000,
    );
  }, timeoutFor(2000, 5));
});

describe('a template built from any text', () => {
  it('never throws, and a workspace on it checks and fixes a clean RFC with valid, versioned edits', async () => {
    await fuzz(
      'template builder',
      fc.asyncProperty(documentArb, async (template) => {
        const model = buildTemplate(template, 'fuzz');
        for (const key of [model.roles.phaseSection, model.roles.proofSection, model.roles.checklistSection, model.roles.securitySection]) {
          if (key !== undefined && !model.sections.some((s) => s.key === key)) throw new Error(`role names section "${key}", which the template lacks`);
        }
        const filled = fillRfcTemplate(model, { id: 'RFC-0007', title: 'Fuzzed', today: TODAY });
        // A binary template is not used (the built-in one is); what it would fill is not an RFC. (A
        // NUL past the binary sample of a template can come within it once a long title is filled.)
        const usable = binaryReason(template) === undefined;
        if (usable && binaryReason(filled) === undefined && parseRfc('docs/rfcs/RFC-0007-fuzzed.md', 1, filled).title?.canonicalId !== 'RFC-0007') throw new Error(`the filled template has no RFC-0007 title:\n${filled}`);
        const at = firstPlaceholder(filled, model.placeholders);
        if (at) expectRange(new TextLines(filled), at, 'first placeholder');

        const path = 'docs/rfcs/RFC-0001-sample.md';
        const text = cleanRfc();
        const host = new MemoryHost(new Map([['docs/rfcs/RFC-TEMPLATE.md', template], [path, text]]));
        const service = await createRfcService({ host, today: () => TODAY });
        await service.indexWorkspace();
        const doc = { path, text, version: 1 };
        const lines = new TextLines(text);
        for (const f of await service.computeDiagnostics(doc)) expectRange(lines, f.range, `finding ${f.rule}`);
        if (!usable && service.templateSource !== 'built-in templates/rfc.md') throw new Error('a binary template was used');
        const uri = service.uriOf(path);
        const everywhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        for (const action of service.getCodeActions(doc, everywhere, { diagnostics: [], only: ['source'] })) {
          expectVersionedEdits(action.edit, uri, 1, lines, action.title);
          if (!action.edit || !new SimulatedClient(uri, text, 1).apply(action.edit)) throw new Error(`${action.title} was refused`);
        }
      }),
      400,
    );
  }, timeoutFor(400, 60));
});
