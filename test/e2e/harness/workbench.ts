/**
 * Drives VS Code (code-server) in Chromium the way a person does: the command palette, Quick Open,
 * the keyboard and the mouse. Every wait polls for what the screen shows; there are no fixed sleeps.
 *
 * Headed mode (to watch a run): RFC_E2E_HEADED=1 (needs a display, e.g. `xvfb-run`), and
 * RFC_E2E_SLOWMO=<ms> slows every action down.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { copyExamples } from '../../../scripts/lib/codeServer.mjs';
import { extensionHostLogDirs, logTail, saveExtensionHostLogs } from './logs';
import { SCREENSHOTS } from './paths';

/** The few DOM members the page functions use (the project compiles without the DOM library). */
interface DomNode {
  readonly textContent: string | null;
  readonly parentElement: DomNode | null;
  readonly style: { readonly top: string };
  querySelectorAll(selector: string): Iterable<DomNode>;
  closest(selector: string): DomNode | null;
  contains(other: unknown): boolean;
  getAttribute(name: string): string | null;
}
declare const document: { readonly activeElement: unknown };

export { SCREENSHOTS };

/** How long a wait may take before the scenario fails (VS Code and the server start in it). */
const WAIT_MS = 45_000;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Polls `probe` until it returns a value that is not undefined/false, or fails with `what`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${last instanceof Error ? last.message : JSON.stringify(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Monaco renders spaces as non-breaking spaces. */
function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** How a scenario's workbench is opened. */
export interface WorkbenchOptions {
  /** An empty folder instead of a copy of examples/. */
  readonly empty?: boolean;
  /** Workspace settings (`.vscode/settings.json` of the folder). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** A sub-workspace of examples/ to open instead of examples/ itself. */
  readonly example?: string;
  /** Files of the opened folder to remove first. */
  readonly without?: readonly string[];
}

export class Workbench {
  private constructor(
    readonly browser: Browser,
    readonly page: Page,
    /** Absolute path of this scenario's copy of examples/. */
    readonly folder: string,
    /** The extension hosts' log folders before this window opened (its own is the next one). */
    private readonly logsBefore: readonly string[],
  ) {}

  /**
   * Copies examples/ (or makes an empty folder) for this scenario and opens it in a new browser.
   * `example` opens one of its sub-workspaces instead (`level-one-sections`), without the files
   * `without` names (its `.rfc-author.json`, to see the folder as a team that has none does);
   * `settings` become the folder's `.vscode/settings.json`.
   */
  static async open(name: string, options: WorkbenchOptions = {}): Promise<Workbench> {
    const target = join(inject('e2eBase'), `workspace-${name}`);
    const copy = options.empty ? (mkdirSync(target, { recursive: true }), target) : copyExamples(target);
    const folder = options.example ? join(copy, options.example) : copy;
    for (const file of options.without ?? []) rmSync(join(folder, file), { force: true });
    if (options.settings) {
      mkdirSync(join(folder, '.vscode'), { recursive: true });
      writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify(options.settings, null, 2));
    }
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: !process.env.RFC_E2E_HEADED,
      slowMo: Number(process.env.RFC_E2E_SLOWMO ?? 0),
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const logsBefore = extensionHostLogDirs(inject('userDataDir'));
    await page.goto(`${inject('codeServerUrl')}/?folder=${encodeURIComponent(folder)}`);
    const wb = new Workbench(browser, page, folder, logsBefore);
    await page.locator('.monaco-workbench').waitFor({ timeout: WAIT_MS });
    await page.locator(options.empty ? '.explorer-folders-view' : '.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: WAIT_MS });
    return wb;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /**
   * After a failed test (called from `afterEach`): a screenshot, and beside it this window's
   * extension host log and the "RFC Author" output channel (the language server's log).
   */
  async screenshotIfFailed(ctx: { task: { name: string; result?: { state?: string } } }): Promise<void> {
    if (ctx.task.result?.state !== 'fail') return;
    const name = `failed-${ctx.task.name.replace(/[^\w-]+/g, '-').slice(0, 80)}`;
    await this.screenshot(name);
    const logs = saveExtensionHostLogs(inject('userDataDir'), this.logsBefore, join(SCREENSHOTS, name));
    if (logs.length === 0) console.warn(`No extension host log was found for "${ctx.task.name}".`);
    // CI keeps the run's output, not test-results/: the logs' last lines go there too.
    for (const log of logs) console.warn(`--- last lines of ${log}\n${logTail(readFileSync(log, 'utf8'), 60)}`);
  }

  /** Saves a screenshot under test-results/e2e/. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** A row of the open quick input (palette, Quick Open, quick pick) containing `text`. */
  quickPickRow(text: string): Locator {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text });
  }

  /** The labels of the rows the open quick pick shows. */
  async quickPickLabels(): Promise<string[]> {
    // The first row of an entry holds its label; a second one holds its detail.
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row .quick-input-list-row:first-child .label-name');
    return (await rows.allTextContents()).map(plain);
  }

  /**
   * Runs a command from the palette (F1) by its full title, clicking its row. The palette's list is
   * computed when it opens; right after start-up the extensions' commands may not be in it yet, so
   * the palette is closed and opened again until the command shows.
   */
  async command(title: string): Promise<void> {
    const row = await until(`the command "${title}" in the palette`, async () => {
      await this.page.keyboard.press('F1');
      await this.quickInput.waitFor({ state: 'visible' });
      await this.page.keyboard.type(title);
      // A recently used command's label reads "<title>, recently used".
      const rows = '.quick-input-widget .quick-input-list .monaco-list-row';
      const found = this.page.locator(`${rows}[aria-label="${title}"], ${rows}[aria-label^="${title}, "]`);
      try {
        await found.first().waitFor({ timeout: 3000 });
        return found.first();
      } catch {
        await this.page.keyboard.press('Escape');
        return undefined;
      }
    });
    await row.click();
  }

  /** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor. */
  async openFile(relPath: string): Promise<void> {
    const name = relPath.slice(relPath.lastIndexOf('/') + 1);
    await this.page.keyboard.press('Control+P');
    await this.quickInput.waitFor({ state: 'visible' });
    await this.page.keyboard.type(relPath);
    // Enter opens the focused row; wait until the filtering has put the file there.
    const focused = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused');
    await until(`${name} to be the first match`, async () => ((await focused.getAttribute('aria-label')) ?? '').includes(name));
    await this.page.keyboard.press('Enter');
    await this.waitForActiveTab(name);
    await this.editor.locator('.view-line').first().waitFor();
  }

  async waitForActiveTab(name: string): Promise<void> {
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: WAIT_MS });
  }

  /** The active editor. */
  get editor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  }

  /**
   * The editor's lines scrolled into view, by 1-based line number. Rows of a wrapped line are joined
   * (a row without a line number in the gutter continues the line above).
   */
  async lines(): Promise<Map<number, string>> {
    const rows = await this.editor.evaluate((root: DomNode) => {
      const top = (e: DomNode): number => Math.round(parseFloat(e.style.top || '0'));
      const numbers = new Map<number, number>();
      for (const n of root.querySelectorAll('.margin-view-overlays .line-numbers')) {
        const holder = n.parentElement;
        const value = Number(n.textContent?.trim());
        if (holder && Number.isFinite(value) && value > 0) numbers.set(top(holder), value);
      }
      return [...root.querySelectorAll('.view-lines .view-line')]
        .map((e) => ({ top: top(e), line: numbers.get(top(e)), text: e.textContent ?? '' }))
        .sort((a, b) => a.top - b.top);
    });
    const out = new Map<number, string>();
    let current: number | undefined;
    for (const r of rows) {
      if (r.line !== undefined) current = r.line;
      if (current === undefined) continue;
      out.set(current, (r.line === undefined ? out.get(current) ?? '' : '') + plain(r.text));
    }
    return out;
  }

  /**
   * The 1-based number of the first line of a workspace file (as saved) that satisfies `test`. Used
   * to know where to go; what the editor shows is then read from the screen.
   */
  lineInFile(relPath: string, test: (text: string) => boolean): number {
    const index = readFileSync(join(this.folder, relPath), 'utf8').split(/\r\n|\r|\n/).findIndex(test);
    if (index < 0) throw new Error(`No such line in ${relPath}`);
    return index + 1;
  }

  /** The 1-based number of the first visible line that satisfies `test`. */
  async findLine(what: string, test: (text: string) => boolean): Promise<number> {
    return until(what, async () => [...(await this.lines())].find(([, text]) => test(text))?.[0]);
  }

  /** Moves the cursor with Go to Line (Ctrl+G), 1-based line and column. */
  async goTo(line: number, column = 1): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.quickInput.waitFor({ state: 'visible' });
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden' });
    await until(`the cursor at ${line}:${column}`, async () => (await this.cursor()).startsWith(`Ln ${line}, Col ${column}`));
    await until('the editor to have the keyboard focus', () => this.editor.evaluate((e: DomNode) => e.contains(document.activeElement)));
  }

  /**
   * Waits until line `line` (scrolled into view) shows a document link: the language server has
   * answered for this document with what its index knows. A person starts working when the links
   * and squiggles have appeared; requests sent before the server knows the workspace get nothing.
   */
  async waitForLinks(line: number): Promise<void> {
    await until(`a document link on line ${line}`, () =>
      this.editor.evaluate((root: DomNode, wanted: number) => {
        const top = (e: DomNode): number => Math.round(parseFloat(e.style.top || '0'));
        let at: number | undefined;
        for (const n of root.querySelectorAll('.margin-view-overlays .line-numbers')) if (Number(n.textContent?.trim()) === wanted && n.parentElement) at = top(n.parentElement);
        if (at === undefined) return false;
        for (const row of root.querySelectorAll('.view-lines .view-line')) if (top(row) === at) return [...row.querySelectorAll('.detected-link')].length > 0;
        return false;
      }, line),
    );
  }

  /** The status bar's cursor position text, e.g. `Ln 14, Col 13 (12 selected)`. */
  async cursor(): Promise<string> {
    return plain((await this.page.locator('[id="status.editor.selection"]').textContent()) ?? '').trim();
  }

  /**
   * Saves the active editor with Ctrl+S and waits until its tab is no longer dirty. It must have
   * unsaved changes first: that is how a scenario knows its typing reached the editor.
   */
  async save(): Promise<void> {
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ timeout: WAIT_MS });
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: WAIT_MS });
  }

  /** The RFC Author status-bar item (`<publisher>.<name>.<item id>`). */
  get phaseStatus(): Locator {
    return this.page.locator('[id="rfc-author.rfc-author.rfcAuthor.phases"]');
  }

  /** Opens the Problems panel and returns its rows' text. */
  async problems(): Promise<string[]> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await panel.waitFor({ state: 'visible' });
    }
    const rows = panel.locator('.monaco-list-row');
    return (await rows.evaluateAll((els: DomNode[]) => els.map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.textContent ?? ''}`))).map(plain);
  }

  /** The 1-based numbers of the visible lines that carry an error or warning squiggle. */
  async squiggleLines(): Promise<number[]> {
    return this.editor.evaluate((root: DomNode) => {
      const top = (e: DomNode): number => Math.round(parseFloat(e.closest('[style*="top"]')?.style.top ?? 'NaN'));
      const numbers = new Map<number, number>();
      for (const n of root.querySelectorAll('.margin-view-overlays .line-numbers')) if (n.parentElement) numbers.set(top(n.parentElement), Number(n.textContent?.trim()));
      const lines = new Set<number>();
      for (const s of root.querySelectorAll('.view-overlays .squiggly-error, .view-overlays .squiggly-warning')) {
        const line = numbers.get(top(s.parentElement ?? s));
        if (line !== undefined) lines.add(line);
      }
      return [...lines].sort((a, b) => a - b);
    });
  }

}

/**
 * One workbench for the enclosing `describe`: opened before its tests, a screenshot of each failed
 * test, closed after them. Returns the accessor the tests call (`const wb = workbench();`).
 */
export function useWorkbench(name: string, options: WorkbenchOptions = {}): () => Workbench {
  let wb: Workbench | undefined;
  beforeAll(async () => {
    wb = await Workbench.open(name, options);
  });
  afterEach(async (ctx) => wb?.screenshotIfFailed(ctx));
  afterAll(async () => {
    await wb?.close();
  });
  return () => {
    if (!wb) throw new Error(`The "${name}" workbench did not open.`);
    return wb;
  };
}
