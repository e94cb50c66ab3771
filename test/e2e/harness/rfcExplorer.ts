/**
 * The RFC explorer (view `rfcAuthor.rfcs`) as a person sees it: the "RFCs" icon in the activity bar,
 * the rows of the tree (label, description, problem badge), the title-bar actions and the welcome
 * view. Everything is read from the screen; every wait polls.
 */
import type { Locator } from 'playwright-core';
import { until } from './workbench';
import type { Workbench } from './workbench';

/** The few DOM members the page functions use (the project compiles without the DOM library). */
interface DomNode {
  readonly textContent: string | null;
  querySelector(selector: string): DomNode | null;
  getAttribute(name: string): string | null;
}
declare function getComputedStyle(e: DomNode, pseudo: string): { readonly content: string };

/** One visible row of the tree. */
export interface ExplorerRow {
  readonly label: string;
  readonly description: string;
  /** 1 for the top level. */
  readonly level: number;
  /** The problem badge (`8`, `9+`), '' without one. */
  readonly badge: string;
}

export class RfcExplorerView {
  constructor(private readonly wb: Workbench) {}

  /** The side-bar container of the view (VS Code's id for an extension's view container). */
  get container(): Locator {
    return this.wb.page.locator('[id="workbench.view.extension.rfcAuthor"]');
  }

  /** Opens the view with its activity-bar icon, as a person does (once the extension has contributed it). */
  async show(): Promise<void> {
    if (await this.container.isVisible()) return;
    await this.wb.page.locator('.activitybar .action-item a[aria-label^="RFCs"]').click({ timeout: 45_000 });
    await this.container.waitFor({ state: 'visible' });
  }

  /** Drags the side bar's edge `px` to the right, so rows show their whole title (for screenshots). */
  async widen(px: number): Promise<void> {
    const box = await this.wb.page.locator('.part.sidebar').boundingBox();
    if (!box) throw new Error('The side bar is not on screen.');
    const [x, y] = [box.x + box.width - 1, box.y + box.height / 2];
    await this.wb.page.mouse.move(x, y);
    await this.wb.page.mouse.down();
    await this.wb.page.mouse.move(x + px, y, { steps: 5 });
    await this.wb.page.mouse.up();
    await until('the side bar to be wider', async () => ((await this.wb.page.locator('.part.sidebar').boundingBox())?.width ?? 0) > box.width + px / 2);
  }

  /** The rows the tree shows, top to bottom. */
  async rows(): Promise<ExplorerRow[]> {
    return this.container.locator('.monaco-list-row').evaluateAll((rows: DomNode[]) =>
      rows.map((row) => {
        const label = row.querySelector('.monaco-icon-label');
        const badge = label ? getComputedStyle(label, '::after').content : 'none';
        return {
          label: (row.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' '),
          description: (row.querySelector('.label-description')?.textContent ?? '').replace(/\u00a0/g, ' '),
          level: Number(row.getAttribute('aria-level')),
          badge: badge === 'none' || badge === 'normal' ? '' : badge.replace(/^"|"$/g, ''),
        };
      }),
    );
  }

  /** The labels of the visible rows, each as `label — description` when it has one. */
  async lines(): Promise<string[]> {
    return (await this.rows()).map((r) => `${'  '.repeat(r.level - 1)}${r.label}${r.description ? ` — ${r.description}` : ''}`);
  }

  /** The row whose label starts with `label`. */
  row(label: string): Locator {
    return this.container.locator('.monaco-list-row', { has: this.wb.page.locator('.label-name', { hasText: label }) }).first();
  }

  /** Expands the row whose label starts with `label` by its twistie, once the tree shows it. */
  async expand(label: string): Promise<void> {
    const row = this.row(label);
    await row.waitFor({ timeout: 45_000 });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
    await until(`${label} to be expanded`, async () => (await row.getAttribute('aria-expanded')) === 'true');
  }

  /** Collapses the row whose label starts with `label` by its twistie, once the tree shows it. */
  async collapse(label: string): Promise<void> {
    const row = this.row(label);
    await row.waitFor({ timeout: 45_000 });
    if ((await row.getAttribute('aria-expanded')) === 'true') await row.locator('.monaco-tl-twistie').click();
    await until(`${label} to be collapsed`, async () => (await row.getAttribute('aria-expanded')) === 'false');
  }

  /** A title-bar action of the view by its command title (the icon's tooltip). */
  action(title: string): Locator {
    return this.wb.page.locator(`.part.sidebar .title-actions a.action-label[aria-label="${title}"]`);
  }

  /** The message the view shows above the tree (the filter, or that nothing matches it). */
  get message(): Locator {
    return this.container.locator('.message:not(.hide)');
  }

  /** The welcome view's content (shown when the workspace has no RFC). */
  get welcome(): Locator {
    return this.container.locator('.welcome-view-content');
  }
}
