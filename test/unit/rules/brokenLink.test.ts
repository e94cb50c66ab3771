import { describe, expect, it } from 'vitest';
import { check, cleanRfc, task } from '../helpers';

const rule = 'broken-link';
const tasks = {
  'tasks/TASK-0001-first-step.md': task('TASK-0001', 'First step'),
  'tasks/TASK-0055-networking-stack.md': task('TASK-0055', 'Networking'),
  'docs/adr/0005-use-markdown.md': '# ADR-0005: Use Markdown\n\n- Status: Accepted\n',
  'docs/rfcs/RFC-0002-other.md': '# RFC-0002: Other\n',
};
const withLinks = (links: string) => cleanRfc('RFC-0001', 'Sample design', { links });

describe('broken-link', () => {
  it('accepts paths that exist, repo-relative or relative to the RFC folder', async () => {
    const text = withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`\n  - ADRs: [ADR](../adr/0005-use-markdown.md)\n  - Related RFCs: `RFC-0002-other.md`');
    expect(await check(text, rule, tasks)).toEqual([]);
  });

  it('accepts loose forms that resolve: abbreviated slug, glob, id only, line suffix, anchor', async () => {
    const text = withLinks('  - Tasks: `tasks/TASK-0055-…`, `tasks/TASK-0055-...`, `tasks/TASK-0055-...md`, `tasks/TASK-0055-….md`, `tasks/TASK-0055-*.md`, `tasks/TASK-0055`, `tasks/TASK-0001-first-step.md:12`, `tasks/TASK-0001-first-step.md#proof`');
    expect(await check(text, rule, tasks)).toEqual([]);
  });

  it('flags a missing file at the reference, and suggests the same id under its real slug', async () => {
    const text = withLinks('  - Tasks: `tasks/TASK-0055-old-name.md`');
    const f = await check(text, rule, tasks);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('`tasks/TASK-0055-old-name.md` does not exist. Did you mean `tasks/TASK-0055-networking-stack.md`?');
    const line = text.split('\n').findIndex((l) => l.includes('old-name'));
    expect(f[0].range).toEqual({ start: { line, character: 12 }, end: { line, character: 39 } });
    expect(f[0].data).toMatchObject({ suggestions: ['tasks/TASK-0055-networking-stack.md'] });
  });

  it("says what to write where a link's destination is GitHub's issue shorthand, which GitHub does not expand there (Bytecode Alliance's RFCs)", async () => {
    const text = cleanRfc().replace('Samples need a design.', 'Samples need a design: issue [#1936](bytecodealliance/wasmtime#1936).');
    const f = await check(text, rule, tasks);
    expect(f.map((x) => [x.severity, x.message])).toEqual([['error', '`bytecodealliance/wasmtime` does not exist. GitHub expands `bytecodealliance/wasmtime#1936` in text, not as a link\'s destination: link to https://github.com/bytecodealliance/wasmtime/issues/1936.']]);
  });

  it('reports paths that leave the workspace as outside', async () => {
    const f = await check(withLinks('  - Tasks: [passwd](../../../etc/passwd)'), rule, tasks);
    expect(f.map((x) => x.data?.outside)).toEqual([true]);
  });

  it("says nothing of a machine path in prose, though the document writes its sections a level below the template's (Gatsby 0009)", async () => {
    const config = { rfcGlobs: ['text/[0-9]*.md'], template: '0000-template.md' };
    const files = { '0000-template.md': '- Start Date: (fill me in)\n- Links: (optional)\n\n# Summary\n\nBrief.\n\n# Motivation\n\nWhy.\n' };
    const prose = '- Start Date: 2019-03-05\n\n## Summary\n\nTelemetry.\n\n## Motivation\n\nTo opt out, edit the ~/.config/gatsby/config.json and add a line.\n';
    expect(await check(prose, rule, files, 'text/0009-telemetry.md', config)).toEqual([]);
    // In the header it is still a link out of the repository, and in a Markdown link anywhere.
    const header = '- Start Date: 2019-03-05\n- Links: ~/.config/gatsby/config.json\n\n## Summary\n\nTelemetry.\n';
    expect((await check(header, rule, files, 'text/0009-telemetry.md', config)).map((f) => f.data?.outside)).toEqual([true]);
    const linked = prose.replace('edit the ~/.config/gatsby/config.json', 'edit [the file](../../../etc/config.json)');
    expect((await check(linked, rule, files, 'text/0009-telemetry.md', config)).map((f) => f.data?.outside)).toEqual([true]);
  });

  it("says nothing of a machine path in the prose under the title, before any section (PowerShell's RFC0040 \"needs to execute `/etc/profile`\")", async () => {
    const config = { rfcGlobs: ['Final/RFC*.md'], template: 'RFCNNNN-New-RFC-Template.md' };
    const files = { 'RFCNNNN-New-RFC-Template.md': '---\nRFC: RFCnnnn\nLinks: <links>\n---\n\n# Title\n\nDescription.\n\n## Motivation\n\nM.\n' };
    const doc = (front: string) => `---\nRFC: RFC0040\n${front}---\n\n# PowerShell as a login shell\n\nA login shell needs to execute \`/etc/profile\` to populate environment variables.\n\n## Motivation\n\nM.\n`;
    expect(await check(doc(''), rule, files, 'Final/RFC0040-x.md', config)).toEqual([]);
    // A header field that points there still does.
    expect((await check(doc('Links: ../../../etc/profile.md\n'), rule, files, 'Final/RFC0040-x.md', config)).map((f) => f.data?.outside)).toEqual([true]);
  });

  it("leaves the target of link syntax shown in a code span (IOTA's \"use relative links such as `[TIP Process Diagram](../TIP-0001/process.png)`\"), and still reports the same path in code alone", async () => {
    const config = { rfcGlobs: ['tips/TIP-*/tip-*.md'], template: 'none' };
    const files = { 'tips/TIP-0001/process.svg': '<svg/>' };
    const doc = (line: string) => `# TIP process\n\n## Auxiliary Files\n\n${line}\n`;
    expect(await check(doc('Use relative links such as `[TIP Process Diagram](../TIP-0001/process.png)`.'), rule, files, 'tips/TIP-0001/tip-0001.md', config)).toEqual([]);
    expect(await check(doc('Use relative links such as `![Diagram](../TIP-0001/process.png "The process")`.'), rule, files, 'tips/TIP-0001/tip-0001.md', config)).toEqual([]);
    expect((await check(doc('The diagram is `../TIP-0001/process.png`.'), rule, files, 'tips/TIP-0001/tip-0001.md', config)).map((f) => f.severity)).toEqual(['error']);
  });

  it("leaves a file name whose number is left to fill in (PyTorch's `RFC-00xx-my-feature.md`), and still flags a name with x's of its own", async () => {
    expect(await check(withLinks('  - Tasks: copy the template to `docs/rfcs/RFC-00xx-my-feature.md`, then `tasks/TASK-XXX-first.md`'), rule, tasks)).toEqual([]);
    const f = await check(withLinks('  - Tasks: `tasks/TASK-0001-xxl-sizes.md`'), rule, tasks);
    expect(f.map((x) => x.data?.path)).toEqual(['tasks/TASK-0001-xxl-sizes.md']);
  });

  it("takes a footnote's text for prose, not a link's destination (Aptos's `[^chunky]: [https://…](https://…).`), and still checks a definition", async () => {
    const body = (def: string) => withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`').replace('## Context', `See the note[^chunky] and [spec].\n\n${def}\n\n## Context`);
    expect(await check(body('[^chunky]: [https://alinush.github.io/chunky](https://alinush.github.io/chunky).\n[spec]: docs/rfcs/RFC-0002-other.md'), rule, tasks)).toEqual([]);
    expect((await check(body('[^chunky]: A note.\n[spec]: docs/rfcs/RFC-0009-gone.md'), rule, tasks)).map((x) => x.data?.path)).toEqual(['docs/rfcs/RFC-0009-gone.md']);
  });

  it('does not flag template placeholders (the placeholder rule does)', async () => {
    expect(await check(withLinks('  - Tasks: `tasks/TASK-XXXX-...md`\n  - Related RFCs: `docs/rfcs/RFC-000Y-...md`'), rule, tasks)).toEqual([]);
  });

  it("reads an image's text as a description, not a reference (Astro's `![… blog -> columbia.md …](../assets/x.png)`), and still checks its destination", async () => {
    const image = (dest: string) => withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`') + `\n![Error overlay: could not parse blog -> columbia.md, see \`tasks/TASK-0009-gone.md\`](${dest})\n`;
    expect(await check(image('img/arch.png'), rule, { ...tasks, 'docs/rfcs/img/arch.png': 'PNG' })).toEqual([]);
    expect((await check(image('img/gone.png'), rule, tasks)).map((x) => x.data?.path)).toEqual(['img/gone.png']);
    // A link's text is still read, and so is an escaped `!` before one.
    const link = withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`') + '\n[see `tasks/TASK-0009-gone.md`](img/arch.png) and \\![see `tasks/TASK-0008-gone.md`](img/arch.png)\n';
    expect((await check(link, rule, { ...tasks, 'docs/rfcs/img/arch.png': 'PNG' })).map((x) => x.data?.path)).toEqual(['tasks/TASK-0009-gone.md', 'tasks/TASK-0008-gone.md']);
  });

  it("leaves a path the sentence gives as an example (NEP 1's \"For example, if the PR is 305, the NEP should be `neps/nep-0305.md`\"), and still reports one outside such a sentence or in a link", async () => {
    const body = (line: string) => withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`') + `\n${line}\n`;
    expect(await check(body('For example, if the RFC is 9, its file should be `docs/rfcs/RFC-0009-name.md`.'), rule, tasks)).toEqual([]);
    expect(await check(body('Name the file by its number, e.g.\n`docs/rfcs/RFC-0009-name.md`.'), rule, tasks)).toEqual([]);
    const paths = async (line: string) => (await check(body(line), rule, tasks)).map((x) => x.data?.path);
    expect(await paths('For example, see below. The plan is in `docs/rfcs/RFC-0009-name.md`.')).toEqual(['docs/rfcs/RFC-0009-name.md']);
    expect(await paths('For example, see [the plan](RFC-0009-name.md).')).toEqual(['RFC-0009-name.md']);
    expect(await paths('For example:\n- `docs/rfcs/RFC-0009-name.md`')).toEqual(['docs/rfcs/RFC-0009-name.md']);
  });

  it("only hints at a file every project may have, named bare and found nowhere (CONTRIBUTING.md; the CNCF's DEVELOPMENT.md, ADOPTERS.md, RELEASE.md), and warns of another bare name", async () => {
    const body = (line: string) => withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`') + `\nThe project keeps:\n\n${line}\n`;
    const found = async (line: string) => (await check(body(line), rule, tasks)).map((x) => [x.data?.path, x.severity]);
    expect(await found('- CONTRIBUTING.md: how to contribute.\n- DEVELOPMENT.md: how to develop.\n- ADOPTERS.md: who uses it.\n- RELEASE.md: how to release.')).toEqual([
      ['CONTRIBUTING.md', 'info'],
      ['DEVELOPMENT.md', 'info'],
      ['ADOPTERS.md', 'info'],
      ['RELEASE.md', 'info'],
    ]);
    expect(await found('- NETWORKING-PLAN.md: the plan.')).toEqual([['NETWORKING-PLAN.md', 'warning']]);
  });

  it("only hints at a link to a document of another series than the folder's (Ethereum's ERCs link ./eip-721.md beside erc-721.md, and ../assets/eip-N/ for assets/erc-N/), and still reports one of the folder's own", async () => {
    const config = { rfcGlobs: ['ERCS/erc-*.md'], template: 'none' };
    const erc = (body: string) => `---\neip: 1046\ntitle: X\n---\n\n## Abstract\n\n${body}\n`;
    const files = { 'ERCS/erc-721.md': erc('NFTs.'), 'assets/erc-3009/ERC3009.sol': 'contract X {}\n' };
    const found = async (body: string) => (await check(erc(body), rule, files, 'ERCS/erc-1046.md', config)).map((f) => [f.severity, f.data?.path]);
    expect(await found('See [ERC-721](./eip-721.md) and [EIP-2098](./eip-2098).')).toEqual([
      ['info', './eip-721.md'],
      ['info', './eip-2098'],
    ]);
    expect(await found('The [contract](../assets/eip-3009/ERC3009.sol) in [its folder](../assets/eip-3009).')).toEqual([
      ['info', '../assets/eip-3009/ERC3009.sol'],
      ['info', '../assets/eip-3009'],
    ]);
    expect(await found('See [ERC-9999](./erc-9999.md) and [the code](../assets/eip-3009/Other.sol).')).toEqual([
      ['error', './erc-9999.md'],
      ['error', '../assets/eip-3009/Other.sol'],
    ]);
  });

  it('accepts links to existing non-document files and folders', async () => {
    const text = withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`') + '\nSee [diagram](img/arch.png) and [folder](../adr/).\n';
    expect(await check(text, rule, { ...tasks, 'docs/rfcs/img/arch.png': 'PNG' })).toEqual([]);
  });

  it('only hints at a broken definition no link uses (Rust\'s Project Goals RFCs), and reports one a link uses, in any case or form', async () => {
    const defs = '\n[CT]: ./const-traits.md\n[Async]: ./async.md\n[Ref]: ./gone.md\n[shortcut]: ./short.md\n';
    const text = withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`') + `\nSee the [goal][async], [REF][] and [Shortcut].\n${defs}`;
    const f = await check(text, rule, tasks);
    expect(f.map((x) => [x.data?.path, x.severity])).toEqual([['./const-traits.md', 'info'], ['./async.md', 'error'], ['./gone.md', 'error'], ['./short.md', 'error']]);
    expect(f[0].message).toBe('`./const-traits.md` does not exist, but no link uses its definition `[CT]`: remove the definition, or correct it.');
  });

  describe('in tasks and ADRs', () => {
    const TASK = 'tasks/TASK-0009-retry.md';
    it('reports a broken path in a task body and in its front matter, and accepts paths relative to the task folder', async () => {
      const text = task('TASK-0009', 'Retry', 'todo', 'links:\n  - docs/rfcs/RFC-0009-missing.md\n') + '\nSee `tasks/TASK-0001-first-stpe.md`, [the ADR](../docs/adr/0005-use-markdown.md) and `TASK-0055-networking-stack.md`.\n';
      const f = await check(text, rule, tasks, TASK);
      expect(f.map((x) => [x.range.start.line, x.message])).toEqual([
        [6, '`docs/rfcs/RFC-0009-missing.md` does not exist.'],
        [13, '`tasks/TASK-0001-first-stpe.md` does not exist. Did you mean `tasks/TASK-0001-first-step.md`?'],
      ]);
    });

    it('reports a broken path in an ADR, and not the ADR\'s own id or its loose forms', async () => {
      const text = '# ADR-0007: Retries\n\n- Status: Accepted\n\nSee `tasks/TASK-0055-…` and `docs/rfcs/RFC-0002-other.md#goals`, not `docs/rfcs/RFC-0003-gone.md`.\n';
      const f = await check(text, rule, tasks, 'docs/adr/0007-retries.md');
      expect(f.map((x) => x.message)).toEqual(['`docs/rfcs/RFC-0003-gone.md` does not exist.']);
    });

    // open-nexus-os: over a thousand such lines in its tasks' "Touched paths" and its ADRs.
    const code = { 'userspace/libs/ring/src/lib.rs': '', 'userspace/libs/ring/src/main.rs': '', 'source/drivers/gpud/src/main.rs': '', 'scripts/qemu-test.sh': '' };
    const plan = [
      '## Touched paths',
      '',
      '- `userspace/libs/dtb/` (new; DTB parser)',
      '- `userspace/libs/ring/src/backdrop.rs` (DELETE — CPU blur)',
      '- extend `scripts/run-qemu-rv64.sh` (DTB handoff)',
      '- each `main.rs` gets a banner',
      '',
    ].join('\n');

    it('leaves alone the code paths a task plans to create, delete or extend, and bare names several files carry', async () => {
      const text = `${task('TASK-0009', 'Retry', 'todo')}\n${plan}See [the plan](../docs/plan.md) and \`tasks/TASK-0001-first-stpe.md\`.\n`;
      const f = await check(text, rule, { ...tasks, ...code }, TASK);
      expect(f.map((x) => x.message)).toEqual([
        '`../docs/plan.md` does not exist.',
        '`tasks/TASK-0001-first-stpe.md` does not exist. Did you mean `tasks/TASK-0001-first-step.md`?',
      ]);
    });

    it("leaves alone a task's former name and its side files, which carry its own id", async () => {
      const links = 'links:\n  - Review package: .cursor/handoff/task-0024-review-package.md\n';
      const text = `${task('TASK-0024', 'QUIC v2', 'done', links)}\nFile renamed from \`TASK-0024-udp-sec-v1.md\`.\nPlan: task-0024_phase_2_plan_5e547ada.plan.md\nSee \`tasks/TASK-0055-old-name.md\`.\n`;
      const f = await check(text, rule, tasks, 'tasks/TASK-0024-quic-v2.md');
      expect(f.map((x) => x.data?.path)).toEqual(['tasks/TASK-0055-old-name.md']);
    });

    it('leaves alone the code an accepted ADR describes, which has moved since', async () => {
      const text = '# ADR-0032: GPU command ring\n\n- Status: Accepted\n- Supersedes the single-buffer submit in `userspace/libs/ring/src/backend.rs`\n\nThe ring lives in `source/drivers/gpud/src/ring/`.\n';
      expect(await check(text, rule, { ...tasks, ...code }, 'docs/adr/0032-gpu-command-ring.md')).toEqual([]);
    });

    it('still reports those code paths in an RFC, whose links are its contract', async () => {
      const f = await check(withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`') + `\n${plan}`, rule, { ...tasks, ...code });
      expect(f.map((x) => x.data?.path)).toEqual(['userspace/libs/dtb/', 'userspace/libs/ring/src/backdrop.rs', 'scripts/run-qemu-rv64.sh', 'main.rs']);
    });
  });

  it('leaves a bare file name that only shares a document\'s id and lies outside where documents live (a tool\'s plan file)', async () => {
    const text = withLinks('  - Tasks: `tasks/TASK-0055-networking-stack.md`') + '\nClosed under the internal plan `task-0055_phase-4_57f4bce2.plan.md`.\n';
    expect(await check(text, rule, tasks)).toEqual([]);
    // With a folder, the same id under another name is the document renamed: reported.
    expect((await check(withLinks('  - Tasks: `tasks/TASK-0055-old-name.md`'), rule, tasks)).map((f) => f.severity)).toEqual(['error']);
  });

  it("leaves a link to a MyST label the document defines (Wagtail's `See [](custom_stimulus_controllers)` below `(custom_stimulus_controllers)=`)", async () => {
    const text = withLinks('  - Tasks: `tasks/TASK-0001-first-step.md`') + '\n(custom_stimulus_controllers)=\n\n#### Stimulus\n\nSee [](custom_stimulus_controllers) and the [reference](stimulus_reference).\n';
    expect((await check(text, rule, tasks)).map((f) => f.data?.path)).toEqual(['stimulus_reference']);
  });
});
