/**
 * Finding a team's template: by its name (`0000-template.md`, `RFC-TEMPLATE.md`, `TEMPLATE.md`,
 * `adr-template.md`, `keps/NNNN-kep-template/README.md`), by how near it lies to the documents, and,
 * when the files can be read, by how well its sections match the documents' headings (Swift keeps
 * three templates side by side; the one its proposals follow is the one to check them against).
 */
import { basename as nameOf, dirname as dirOf } from '../index/paths';
import { parseRfc } from '../parser/rfcParser';
import { buildTemplate, sectionKey } from '../template';
import type { TemplateModel } from '../template';
import { builtinTemplate } from '../templateLoading';
import type { DocumentGroup } from './documents';

/** Reads a workspace-relative file; undefined when it cannot be read. */
export type ReadFile = (path: string) => string | undefined | Promise<string | undefined>;

/** A template file that may belong to a group of documents, and why. */
export interface TemplateChoice {
  readonly path: string;
  /** Steps from the documents' folder to the template's (0: the same folder; 1: the folder above). */
  readonly distance: number;
  /** How template-like the name is: 0 for a placeholder number or the id prefix (`0000-template.md`), 1 for `template.md`, 2 otherwise. */
  readonly nameRank: number;
  /** Share of the template's sections the sampled documents have, on average (when files were read). */
  readonly fit?: number;
  /** The template's model (when it was read). */
  readonly model?: TemplateModel;
  /** The README that links to it, which makes it the documents' wherever it lies. */
  readonly linkedFrom?: string;
}

const TEMPLATE_NAME_RE = /template/i;
/** GitHub's own templates (issues, pull requests) are not document templates. */
const FORGE_TEMPLATE_RE = /(?:issue|pull[-_ ]?request|\bpr)[-_ ]?template/i;
const PLACEHOLDER_NAME_RE = /^(?:0{2,}|N{2,}|X{2,})[-_]/i;
/** A document that has "template" in its slug (`0278-template-only-components.md`, `TASK-0164-…-templates.md`). */
const NUMBERED_DOCUMENT_RE = /^(?:[A-Za-z]{2,12}-)?0*[1-9]\d{0,5}[-_.]/;
/** A numbered name that ends as a template's: Cilium's `CFP-003-template.md`, Argo CD's `001-proposal-template.md`, Astro's `stage-3--rfc-template.md`. */
const NUMBERED_TEMPLATE_RE = /[-_]template\.md$/i;
const INDEX_NAMES_RE = /^(?:readme|index)\.md$/i;
/** A folder of templates: `templates/`, `rfc-templates/`. */
const TEMPLATES_FOLDER_RE = /^(?:[a-z]+[-_])?templates$/i;
/** A folder named by number zero or a number placeholder, alone or with a prefix: `RFC-0000`, `0000`, `NNNN`. */
const ZERO_FOLDER_RE = /^(?:[A-Za-z]{1,12}-)?(?:0{3,}|N{3,}|X{3,})$/i;
/** A file numbered zero with no slug, a prefix or not: Conda's `cep-0000.md`, the template its CEPs are numbered from. */
const ZERO_FILE_RE = /^(?:[A-Za-z]{1,12}-)?0{3,}\.md$/i;
/** Templates farther than this from the documents count only when their sections fit the documents. */
const NEAR = 2;
/** Documents read per group to measure how well a template fits. */
const SAMPLE = 12;

/** Whether `path` looks like a template of documents by its name or its folder's name. */
export function isTemplateName(path: string): boolean {
  const name = nameOf(path);
  // Tekton keeps its template as `teps/tools/tep-template.md.template`, out of the documents' glob.
  if (!/\.md(?:\.template)?$/i.test(name) || FORGE_TEMPLATE_RE.test(path) || (NUMBERED_DOCUMENT_RE.test(name) && !NUMBERED_TEMPLATE_RE.test(name))) return false;
  if (TEMPLATE_NAME_RE.test(name) || ZERO_FILE_RE.test(name)) return true;
  // A page in a folder of templates (ESLint's `templates/design.md`, "copy the appropriate template
  // file from the `templates` directory"); it must fit the documents to be theirs (`FAR_FIT`).
  if (inTemplatesFolder(path)) return true;
  // The README of a folder named for the template (`keps/NNNN-kep-template/README.md`) or numbered zero
  // beside the numbered ones (Flux's `rfcs/RFC-0000/README.md`, "using RFC-0000 as template").
  return INDEX_NAMES_RE.test(name) && (TEMPLATE_NAME_RE.test(nameOf(dirOf(path))) || ZERO_FOLDER_RE.test(nameOf(dirOf(path))));
}

/** Whether `path` is a page in a folder of templates, not named as a template itself (`templates/design.md`). */
export function inTemplatesFolder(path: string): boolean {
  const name = nameOf(path);
  return TEMPLATES_FOLDER_RE.test(nameOf(dirOf(path))) && !INDEX_NAMES_RE.test(name) && !TEMPLATE_NAME_RE.test(name);
}

/** Steps between two folders through their nearest common folder. */
export function folderDistance(from: string, to: string): number {
  const a = from === '' ? [] : from.split('/');
  const b = to === '' ? [] : to.split('/');
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return a.length - common + (b.length - common);
}

function nameRank(path: string, group: DocumentGroup): number {
  const name = nameOf(path);
  const own = INDEX_NAMES_RE.test(name) ? nameOf(dirOf(path)) : name;
  if (PLACEHOLDER_NAME_RE.test(own)) return 0;
  if (group.prefix && own.toUpperCase().startsWith(`${group.prefix}-`)) return 0;
  return /^(?:[a-z]+[-_])?template\.md$/i.test(own) ? 1 : 2;
}

/**
 * The templates that may belong to `group`, best first. Without `readFile`, nearness and the name
 * decide and only near templates count; with it, a template must share sections with the documents
 * and the one they follow best wins.
 */
export async function templateChoices(group: DocumentGroup, templates: readonly string[], readFile?: ReadFile, linked: ReadonlyMap<string, string> = new Map()): Promise<TemplateChoice[]> {
  const groupFolder = group.folder;
  const base = templates
    .filter((t) => !group.paths.includes(t))
    .map((path): TemplateChoice => ({ path, distance: folderDistance(groupFolder, dirOf(path)), nameRank: nameRank(path, group) }));
  if (!readFile) return lastResort(base.filter((c) => c.distance <= NEAR)).sort(byNearnessAndName);
  const headings = await sampleHeadings(group, readFile);
  const scored: TemplateChoice[] = [];
  for (const c of base) {
    const text = await readFile(c.path);
    if (text === undefined || text.trim() === '') continue;
    const model = buildTemplate(text, c.path);
    const fit = fitOf(model, headings);
    // A far template counts only on evidence; a near one whose sections no document has is not theirs.
    if (headings.length > 0 && fit === 0) continue;
    // A template the README links to is theirs wherever it lies (Jupyter's, in a folder of guidelines).
    const linkedFrom = linked.get(c.path);
    // .NET's README links `meta/template.md`, a page of instructions its designs have 3% of.
    const vouched = linkedFrom !== undefined && fit >= LINKED_FIT;
    if (!vouched && c.distance > NEAR && (headings.length === 0 || fit < FAR_FIT)) continue;
    // So does one beside or below the documents' folder rather than above it: it may be another
    // series' (Kotlin's `proposals/stdlib/TEMPLATE.md`, for the stdlib KEEPs in that folder, which
    // the language KEEPs in `proposals/` follow at 5%). Swift's `proposal-templates/` is theirs at 59%.
    if (!vouched && !holds(dirOf(c.path), groupFolder) && (headings.length === 0 || fit < FAR_FIT)) continue;
    // A document numbered zero needs the documents' word that it is their template.
    if (isZeroFile(c.path) && (headings.length === 0 || fit < ZERO_FILE_FIT)) continue;
    scored.push({ ...c, fit, model, ...(vouched && (c.distance > NEAR || !holds(dirOf(c.path), groupFolder)) ? { linkedFrom } : {}) });
  }
  return rank(lastResort(scored));
}

/** The share of its sections the documents must have for a template a README links to to be theirs wherever it lies. */
const LINKED_FIT = 0.1;

/** The share of its sections the documents must have for a template not above their folder to be theirs. */
const FAR_FIT = 0.3;

/** Whether `folder` is `inner` or one of its parents. */
function holds(folder: string, inner: string): boolean {
  return folder === '' || folder === inner || inner.startsWith(`${folder}/`);
}

/** The share of its sections the documents must have for a file numbered zero to be their template. */
const ZERO_FILE_FIT = 0.5;

function isZeroFile(path: string): boolean {
  return ZERO_FILE_RE.test(nameOf(path)) && !TEMPLATE_NAME_RE.test(nameOf(path));
}

/**
 * Files numbered zero (`cep-0000.md`) only where no file is named as a template: Conda's CEP 0 is
 * its template, but Algorand's ARC 0 is the process beside `templates/arc.template.md`, and
 * Erlang's EEP 0 is the index.
 */
function lastResort(choices: readonly TemplateChoice[]): TemplateChoice[] {
  const named = choices.filter((c) => !isZeroFile(c.path));
  return named.length > 0 ? named : [...choices];
}

/**
 * How well the group's documents follow RFC Author's built-in template (`fitOf`), read from a sample
 * of them; undefined when none can be read. A team without a template file that writes from ours
 * scores high; Kotlin's KEEPs, with their own sections, score near zero.
 */
export async function builtinFit(group: Pick<DocumentGroup, 'paths'>, readFile: ReadFile, sample = SAMPLE): Promise<{ fit: number; read: number } | undefined> {
  const headings = await sampleHeadings(group, readFile, sample);
  return headings.length === 0 ? undefined : { fit: fitOf(builtinTemplate(), headings), read: headings.length };
}

/** Documents that have at least this share of the built-in template's sections are written from it. */
export const BUILTIN_FIT = 0.5;

/**
 * The best fit first, but not by a hair: templates whose fit, less a tenth per folder of distance,
 * is within a fifth of the best are taken as equally good, and among those the nearest wins, then
 * the most template-like name, then the shortest (`0000-swift-template.md` before the specialised
 * `0000-swiftpm-template.md`, `adr-template.md` before `adr-template-minimal.md`).
 */
function rank(scored: readonly TemplateChoice[]): TemplateChoice[] {
  const adjusted = (c: TemplateChoice): number => (c.fit ?? 0) - 0.1 * c.distance;
  const byFit = [...scored].sort((a, b) => adjusted(b) - adjusted(a) || byNearnessAndName(a, b));
  if (byFit.length === 0) return byFit;
  const best = adjusted(byFit[0]);
  const band = byFit.filter((c) => adjusted(c) >= best - 0.2).sort(byNearnessAndName);
  return [...band, ...byFit.filter((c) => !band.includes(c))];
}

function byNearnessAndName(a: TemplateChoice, b: TemplateChoice): number {
  return a.distance - b.distance || a.nameRank - b.nameRank || nameOf(a.path).length - nameOf(b.path).length || a.path.localeCompare(b.path);
}

/** The heading keys of a sample of the group's documents, spread over the whole list. */
async function sampleHeadings(group: Pick<DocumentGroup, 'paths'>, readFile: ReadFile, sample = SAMPLE): Promise<Set<string>[]> {
  const n = group.paths.length;
  const picks = n <= sample ? group.paths : Array.from({ length: sample }, (_, i) => group.paths[Math.floor((i * n) / sample)]);
  const out: Set<string>[] = [];
  for (const path of picks) {
    const text = await readFile(path);
    if (text === undefined) continue;
    out.push(new Set(parseRfc(path, 0, text).headings.map((h) => sectionKey(h.text))));
  }
  return out;
}

/** The share of the template's required sections (all of them when none is required) each document has, averaged. */
function fitOf(model: TemplateModel, documents: readonly Set<string>[]): number {
  const required = model.sections.filter((s) => !s.optional);
  const keys = (required.length > 0 ? required : model.sections).map((s) => s.key);
  if (keys.length === 0 || documents.length === 0) return 0;
  let total = 0;
  for (const headings of documents) total += keys.filter((k) => headings.has(k)).length / keys.length;
  return total / documents.length;
}
