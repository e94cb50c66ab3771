import { BUILTIN_RFC_TEMPLATE_SOURCE, BUILTIN_TEMPLATES } from './builtinTemplates';
import type { RfcAuthorConfig } from './config';
import type { Logger, WorkspaceHost } from './host';
import { DocumentClassifier } from './index/globs';
import { dirname } from './index/paths';
import { binaryReason } from './parser/binary';
import type { TemplateModel } from './template';
import { buildTemplate } from './template';
import { siblingTemplatePaths } from './templateChoice';
import { BUILTIN_FIT, builtinFit } from './layout/templates';

/** The templates a workspace checks against, as read from its repository. */
export interface LoadedTemplates {
  /** The configured RFC template (the built-in one when the repository has none that can be read). */
  readonly template: TemplateModel;
  /** The team's other templates beside it (`siblingTemplatePaths`): an RFC written from one is held to it. */
  readonly siblings: readonly TemplateModel[];
  /** The task template's text. */
  readonly taskTemplate: string;
}

/**
 * Reads the RFC template at `path`, the templates beside it and the task template. A template that
 * cannot be read, is empty or looks binary is never used: the configured one falls back to the
 * built-in template (with a warning), a sibling is left out. `listing` is the workspace's listing of
 * its documents when one is under way: where no template is found, the RFCs sampled come from it.
 */
export async function loadTemplates(host: WorkspaceHost, config: RfcAuthorConfig, path: string, logger: Logger, listing?: Promise<readonly string[]>): Promise<LoadedTemplates> {
  const task = config.taskTemplate ? await host.readFile(config.taskTemplate) : undefined;
  if (config.template === NO_TEMPLATE) return { template: noTemplate(), siblings: [], taskTemplate: task ?? BUILTIN_TEMPLATES.task };
  const read = await readTemplate(host, path);
  let template: TemplateModel;
  let siblings: TemplateModel[] = [];
  if (read.model) {
    template = read.model;
    siblings = await loadSiblings(host, config, path, template);
  } else {
    if (read.binary) logger.warn(`The template "${path}" looks binary (${read.binary}); using the built-in template.`);
    else if (config.template) logger.warn(`The configured template "${config.template}" cannot be read; using the built-in template.`);
    template = config.template || read.binary ? builtinTemplate() : await unconfiguredTemplate(host, config, logger, listing);
  }
  return { template, siblings, taskTemplate: task ?? BUILTIN_TEMPLATES.task };
}

/** Documents read before the built-in template is judged not theirs: fewer are no evidence. */
const FIT_EVIDENCE = 5;
const FIT_SAMPLE = 6;

/**
 * The template where none is configured and none lies at the default place: the built-in one, unless
 * the RFCs follow it so little that it cannot be theirs (Lightning's bLIPs under a configuration
 * written by hand without `template`: 251 of 252 findings false). Then, as `init` would have written,
 * "none", with a warning that says so. Measured on a sample of the RFCs, as `init` measures.
 */
async function unconfiguredTemplate(host: WorkspaceHost, config: RfcAuthorConfig, logger: Logger, listing?: Promise<readonly string[]>): Promise<TemplateModel> {
  // The workspace's listing of every kind when it has one (no second walk), else the RFCs'.
  const classifier = new DocumentClassifier(config, []);
  const paths = listing ? (await listing).filter((p) => classifier.kindOf(p) === 'rfc') : await host.listFiles(config.rfcGlobs, config.ignore);
  // Six documents spread over the list tell a fit under half from one over it; each costs a parse at startup.
  const measured = paths.length >= FIT_EVIDENCE ? await builtinFit({ paths }, (p) => host.readFile(p), FIT_SAMPLE) : undefined;
  if (!measured || measured.read < FIT_EVIDENCE || measured.fit >= BUILTIN_FIT) return builtinTemplate();
  logger.warn(`No template is configured, and the ${measured.read} RFCs read have ${Math.round(measured.fit * 100)}% of the sections of RFC Author's built-in template: they are checked without a template (links, ids and text only), as with "template": "${NO_TEMPLATE}". Set "template" in .rfc-author.json to the team's template, or run \`rfc-author init\`.`);
  return noTemplate();
}

/** A template file's model, or why there is none (unreadable or empty: no reason; binary: the reason). */
async function readTemplate(host: WorkspaceHost, path: string): Promise<{ model?: TemplateModel; binary?: string }> {
  const text = await host.readFile(path);
  if (text === undefined || text.trim().length === 0) return {};
  const binary = binaryReason(text);
  return binary ? { binary } : { model: buildTemplate(text, path) };
}

/** The templates beside the configured one, at its section level (the parse reads every RFC at that level). */
async function loadSiblings(host: WorkspaceHost, config: RfcAuthorConfig, path: string, template: TemplateModel): Promise<TemplateModel[]> {
  const folder = dirname(path);
  const listed = await host.listFiles([folder ? `${folder}/*.md` : '*.md'], config.ignore);
  const out: TemplateModel[] = [];
  for (const p of siblingTemplatePaths(path, listed)) {
    const { model } = await readTemplate(host, p);
    if (model && model.sections.length > 0 && model.structure.sectionLevel === template.structure.sectionLevel) out.push(model);
  }
  return out;
}

/**
 * The value of `template` that says the team has none: the documents are held to no sections, header
 * fields, title form, statuses or placeholders, and only what needs no template is checked (links,
 * ids, dependencies, text). `init` writes it where no template is found and the documents do not
 * follow the built-in one (Kotlin's KEEPs).
 */
export const NO_TEMPLATE = 'none';

/**
 * What RFC Author assumes of documents without a template: a level-1 title, sections a level below
 * it, nothing required. It reads their titles and sections (for the index and the explorer) and
 * asks for nothing.
 */
const NO_TEMPLATE_TEXT = '# Title\n';

let none: TemplateModel | undefined;

/** The model of "no template" (`NO_TEMPLATE`), built once per process. */
export function noTemplate(): TemplateModel {
  if (!none) {
    const model = buildTemplate(NO_TEMPLATE_TEXT, NO_TEMPLATE);
    // The title line lets the parser read titles; it teaches no title form (`title-format` does not run).
    none = { ...model, concepts: { ...model.concepts, title: false } };
  }
  return none;
}

let builtin: TemplateModel | undefined;

/** The built-in template's model, built once per process (it never changes; startup pays for it once). */
export function builtinTemplate(): TemplateModel {
  return (builtin ??= buildTemplate(BUILTIN_TEMPLATES.rfc, BUILTIN_RFC_TEMPLATE_SOURCE));
}
