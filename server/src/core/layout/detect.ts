/**
 * `rfc-author init` and VS Code's offer to configure a folder: from the repository's file list (and,
 * when it can read files, their text) decide where the team keeps its RFCs or ADRs, which template
 * they follow and how their ids are written. The result is the few keys a person would write in
 * `.rfc-author.json`, each with the reasons that the file's comments and the terminal show.
 */
import { DEFAULT_CONFIG } from '../config';
import { describeTemplate } from './describe';
import type { DocumentGroup } from './documents';
import { documentGroups, namedGroup } from './documents';
import type { ReadFile, TemplateChoice } from './templates';
import { BUILTIN_FIT, builtinFit, inTemplatesFolder, isTemplateName, templateChoices } from './templates';
import { NO_TEMPLATE } from '../templateLoading';
import { templateGivenAsOutline, templatesLinkedFromReadme } from './readme';

/** The keys `init` writes; all others keep their defaults. */
export interface LayoutConfig {
  readonly rfcGlobs: readonly string[];
  /** Files rfcGlobs matches that are none of the documents (a folder's README beside documents named by subject). */
  readonly ignore?: readonly string[];
  readonly template?: string;
  readonly idPattern?: { readonly rfc: string };
  readonly adrGlobs?: readonly string[];
  readonly taskGlobs?: readonly string[];
  readonly taskTemplate?: string;
  /** Sections another template near the documents names otherwise, at the same place (see `renamedSections`). */
  readonly sectionAliases?: Readonly<Record<string, string>>;
  /** Every section of a template the team's README gives as a starting point to adapt (see `templateGivenAsOutline`). */
  readonly optionalSections?: readonly string[];
}

/** Why a key has its value, or what else was seen (`key: 'general'`). */
export interface LayoutNote {
  readonly key: keyof LayoutConfig | 'general';
  readonly text: string;
}

/** What `detectLayout` found. */
export interface DetectedLayout {
  /** The keys to write; undefined when no layout was found. */
  readonly config?: LayoutConfig;
  readonly notes: readonly LayoutNote[];
  /** One line for people: "19 RFCs in text/ on template 0000-template.md; ids like 0068". */
  readonly summary: string;
  /** How many documents the checked glob names. */
  readonly documentCount: number;
}

/** Folder names teams give their design documents, which make a numbered folder count without a template; a status after them too (Thanos's `proposals-done/`). */
const KNOWN_FOLDER_RE = /(?:^|\/)(?:rfcs?|text|active-rfcs|accepted|proposals?|designs?|design-docs|keps|teps|neps|enhancements|peps?|rfds?|adrs?|decisions?)(?:[-_](?:accepted|approved|active|done|implemented|completed?|rejected|declined))?$/i;
/** A folder of a test suite: its documents are test data (log4brains's `integration-tests/ro-project/docs/adr`). */
const TEST_FOLDER_RE = /(?:^|\/)(?:tests?|__tests__|integration-tests?|e2e|fixtures?|__fixtures__|testdata|test-data)(?:\/|$)/i;
/** How many template files are read at most while choosing one (nearest first). */
const MAX_TEMPLATES_READ = 24;

/**
 * The layout of a repository. `paths` are its files (workspace-relative, forward slashes; Markdown
 * files and `.adr-dir` are enough); `readFile` lets the templates be compared with the documents and
 * `.adr-dir` be read. Pure: the caller lists and reads.
 */
export async function detectLayout(paths: readonly string[], readFile?: ReadFile): Promise<DetectedLayout> {
  const notes: LayoutNote[] = [];
  const adrFolder = await readAdrDir(paths, readFile, notes);
  const groups = documentGroups(paths, adrFolder);
  const templates = paths.filter(isTemplateName);
  const candidates = groups.filter((g) => g.role !== 'task');

  const linked = readFile ? await templatesLinkedFromReadme(paths, templates, readFile) : new Map<string, string>();
  let { primary, choices } = await choosePrimary(candidates, templates, adrFolder, readFile, linked);
  // No numbered documents: documents named by subject in a folder named for them (OCaml's `rfcs/`).
  const named = primary ? undefined : namedGroup(paths, (f) => KNOWN_FOLDER_RE.test(f) && !TEST_FOLDER_RE.test(f), isTemplateName);
  if (named) ({ primary, choices } = await choosePrimary([named], templates, adrFolder, readFile, linked));
  if (!primary) {
    const largest = groups.find((g) => g.role !== 'task');
    const hint = largest ? ` The largest group of numbered Markdown files is in ${folderText(largest.folder)} (${largest.paths.length}), but neither its folder's name nor a template near it says it holds RFCs or ADRs.` : '';
    return {
      notes: [{ key: 'general', text: `No RFC, ADR or design-document layout was found: no folder of numbered Markdown files (0042-slug.md, RFC-0042-slug.md, 1234-name/README.md) with a template near it or a folder name such as rfcs/, text/, proposals/ or decisions/.${hint} Write .rfc-author.json by hand (docs/templates.md).` }, ...notes],
      summary: 'No RFC, ADR or design-document layout found',
      documentCount: 0,
    };
  }

  const template = choices[0];
  const noun = nounOf(primary, template);
  const config: { -readonly [K in keyof LayoutConfig]: LayoutConfig[K] } = { rfcGlobs: [primary.glob] };
  notes.push({ key: 'rfcGlobs', text: documentsNote(primary, noun) });
  if (primary.excluded) {
    config.ignore = primary.excluded;
    const names = primary.excluded.map((p) => p.slice(primary.folder === '' ? 0 : primary.folder.length + 1));
    notes.push({ key: 'ignore', text: `Files in ${folderText(primary.folder)} that are none of the ${noun.many}: ${names.join(', ')}.` });
  }
  if (primary.role === 'adr') notes.push({ key: 'rfcGlobs', text: 'RFC Author checks the documents that rfcGlobs names against the template; here those are the decision records.' });
  if (primary.idPattern) {
    config.idPattern = { rfc: primary.idPattern };
    const file = primary.paths[0].slice(primary.paths[0].lastIndexOf('/') + 1);
    notes.push({
      key: 'idPattern',
      text: primary.undashed
        ? `Each ${noun.one} is named by its id with no dash (${file}): this pattern reads the number written straight after the prefix.`
        : `Each ${noun.one} is a folder named by its number (${primary.paths[0]}): this pattern reads the number from the folder's name, which the file name (${file}) does not carry.`,
    });
  }
  if (template) {
    config.template = template.path;
    notes.push({ key: 'template', text: templateNote(template, primary, noun) });
    for (const sentence of template.model ? describeTemplate(template.model) : []) notes.push({ key: 'template', text: sentence });
    const others = choices.slice(1).map((c) => c.path);
    const aliases = sectionAliasesFrom(template, choices.slice(1), notes);
    if (aliases) config.sectionAliases = aliases;
    const outline = template.model && readFile ? await templateGivenAsOutline(paths, primary.folder, template.path, readFile) : undefined;
    const required = template.model?.sections.filter((t) => !t.optional).map((t) => t.name) ?? [];
    if (outline && required.length > 0) {
      config.optionalSections = required;
      notes.push({ key: 'optionalSections', text: `${outline.path} gives the template as a starting point to adapt ("${outline.words}"): none of its sections is required, so no ${noun.one} is warned for lacking one. Remove a name from this list to require that section.` });
    }
    if (others.length > 0) notes.push({ key: 'template', text: `Other templates near them: ${others.slice(0, 4).join(', ')}${others.length > 4 ? ', …' : ''}${template.fit !== undefined ? ` (the ${noun.many} follow ${template.path} best)` : ''}.` });
  } else {
    notes.push(await withoutTemplate(primary, readFile, noun, config));
  }

  await addSecondary(groups, primary, templates, readFile, config, notes);
  for (const g of groups) {
    if (g === primary || g.role === 'task' || g.paths.length < 2 || (primary.role === 'rfc' && g.role === 'adr') || TEST_FOLDER_RE.test(g.folder)) continue;
    notes.push({ key: 'general', text: `Also seen: ${g.paths.length} numbered ${g.form === 'numberedFolder' ? 'folders' : 'files'} in ${folderText(g.folder)}, not included; add "${g.glob}" to rfcGlobs to check them too.` });
    if (notes.length > 12) break;
  }

  const where = filesText(primary);
  const count = primary.paths.length;
  const ids = primary.dated ? 'no ids (named by date)' : primary.form === 'named' ? 'no ids (named by subject)' : `ids like ${idExample(primary, template)}`;
  const summary = `${count} ${count === 1 ? noun.one : noun.many} in ${where}${template ? ` on template ${template.path}` : ' with no template found'}; ${ids}`;
  return { config, notes, summary, documentCount: count };
}

/**
 * The sections other templates near the documents name otherwise at the same place: Ember's
 * `deprecation-template.md` has the sections of its `0000-template.md`, with "Transition Path" where
 * the other has "Detailed design". The team says with it that the two names stand for one part, so
 * the documents written from it are not short of a section.
 */
function sectionAliasesFrom(template: TemplateChoice, others: readonly TemplateChoice[], notes: LayoutNote[]): Record<string, string> | undefined {
  const aliases: Record<string, string> = {};
  for (const other of others) {
    if (!template.model || !other.model) continue;
    const pairs = renamedSections(template.model.sections.map((s) => s.name), other.model.sections.map((s) => s.name));
    if (pairs.length === 0) continue;
    for (const [from, to] of pairs) aliases[from] ??= to;
    const named = pairs.map(([from, to]) => `"${from}" where ${template.path} has "${to}"`).join(', ');
    notes.push({ key: 'sectionAliases', text: `${other.path} has the sections of ${template.path} in the same order, but names ${named}: the documents written from it count that section as the same one.` });
  }
  return Object.keys(aliases).length > 0 ? aliases : undefined;
}

/**
 * The sections `other` names otherwise at the same place as `primary` (its name → the primary's), when
 * both list as many sections, at least three of them the same, and no more than two named otherwise.
 */
export function renamedSections(primary: readonly string[], other: readonly string[]): [string, string][] {
  if (primary.length !== other.length) return [];
  const key = (n: string): string => n.trim().toLowerCase();
  const pairs: [string, string][] = [];
  for (let i = 0; i < primary.length; i++) if (key(primary[i]) !== key(other[i])) pairs.push([other[i].trim(), primary[i].trim()]);
  return pairs.length > 0 && pairs.length <= 2 && primary.length - pairs.length >= 3 ? pairs : [];
}

/** How many groups that neither a folder name nor a prefix names are tried for a template near them. */
const UNNAMED_TRIED = 5;

/**
 * The group to check: RFC-like documents named as such before decision records (a repository with
 * both checks its RFCs and indexes its ADRs); among the rest, a group named by its folder or prefix
 * that also has a template beats one with only one of the two, and then the larger one wins. A
 * group with neither (numbered chapters of a guide) is never chosen.
 */
async function choosePrimary(candidates: readonly DocumentGroup[], templates: readonly string[], adrFolder: string | undefined, readFile: ReadFile | undefined, linked: ReadonlyMap<string, string>): Promise<{ primary?: DocumentGroup; choices: TemplateChoice[] }> {
  const rated: { group: DocumentGroup; choices: TemplateChoice[]; rank: number }[] = [];
  let unnamed = 0;
  for (const group of candidates) {
    // A lower-case prefix the folder is named for (`HIP/hip-1.md`, `EIPS/eip-1559.md`) is an id's once
    // a template near them says so: Hedera's 126 HIPs with `hip-0000-template.md` are a series as much
    // as `assets/hip-15/HIP-15.md` is.
    const series = group.prefix !== undefined && group.prefixByFolder === true;
    let named = (group.prefix !== undefined && !group.prefixByFolder) || KNOWN_FOLDER_RE.test(group.folder) || group.folder === adrFolder;
    if (!named && !series && unnamed++ >= UNNAMED_TRIED) continue;
    const choices = await templateChoices(group, nearestFirst(group, templates), readFile, linked);
    if (series && choices.length > 0) named = true;
    if (!named && choices.length === 0) continue;
    const evidence = (named ? 2 : 0) + (choices.length > 0 ? 1 : 0);
    // Only a group named for RFCs goes before decision records: a folder of numbered pages with a
    // template near it (ibc-go's migration guides) is weaker evidence than ADRs with their template.
    // Documents of a test suite come last: they are the tool's test data, often broken on purpose.
    const testData = TEST_FOLDER_RE.test(group.folder) ? -100 : 0;
    rated.push({ group, choices, rank: (group.role === 'rfc' && named ? 10 : 0) + evidence + testData });
  }
  // One series in two folders (Kotlin's 92 KEEPs in `proposals/` and 24 in `proposals/stdlib/`, the
  // latter with a template of their own): the larger part is the series, template or not.
  for (const r of rated) {
    const prefix = r.group.prefix;
    if (prefix === undefined || r.choices.length > 0) continue;
    const parts = rated.filter((o) => o.group.prefix === prefix);
    if (parts.length > 1 && parts.every((o) => o.group.paths.length <= r.group.paths.length)) r.rank += 1;
  }
  rated.sort((a, b) => b.rank - a.rank || b.group.paths.length - a.group.paths.length || a.group.glob.localeCompare(b.group.glob));
  return rated[0] ? { primary: rated[0].group, choices: rated[0].choices } : { choices: [] };
}

/**
 * No template was found near the documents: they are checked against the built-in one only when they
 * follow it. Documents written otherwise (Kotlin's KEEPs) get `"template": "none"`, which checks what
 * needs no template (links, ids, text): the built-in template's sections, header and title form are
 * not theirs, and holding them to it gave 15 false findings per KEEP.
 */
async function withoutTemplate(primary: DocumentGroup, readFile: ReadFile | undefined, noun: Noun, config: { template?: string }): Promise<LayoutNote> {
  const where = folderText(primary.folder);
  const fit = readFile ? (await builtinFit(primary, readFile))?.fit : undefined;
  if (fit !== undefined && fit >= BUILTIN_FIT) {
    return { key: 'general', text: `No template was found near ${where}. The ${noun.many} read have ${Math.round(fit * 100)}% of the sections of RFC Author's built-in template, so they are checked against it (# RFC-NNNN: Title, "##" sections, phases and tasks): add "template" with the path of the team's template if they have one.` };
  }
  if (fit === undefined) {
    return { key: 'general', text: `No template was found near ${where}. Without one, RFC Author checks against its built-in template (# RFC-NNNN: Title, "##" sections, phases and tasks): add "template" with the path of the team's template, or "template": "${NO_TEMPLATE}" to check only links, ids and text.` };
  }
  config.template = NO_TEMPLATE;
  return { key: 'template', text: `No template was found near ${where}, and the ${noun.many} read have ${Math.round(fit * 100)}% of the sections of RFC Author's built-in template, which is not theirs. "${NO_TEMPLATE}" checks only what needs no template: links, ids, dependencies and text. Replace it with the path of the team's template to check sections, header fields and placeholders too.` };
}

/** `.adr-dir` (adr-tools) names the folder of the decision records. */
async function readAdrDir(paths: readonly string[], readFile: ReadFile | undefined, notes: LayoutNote[]): Promise<string | undefined> {
  if (!paths.includes('.adr-dir') || !readFile) return undefined;
  const text = (await readFile('.adr-dir'))?.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  if (!text || text.includes('\n') || text.startsWith('/') || text.split('/').includes('..')) return undefined;
  notes.push({ key: 'general', text: `.adr-dir (adr-tools) names ${text}/ as the folder of the decision records.` });
  return text;
}

/** Templates ordered by how near they are to the group, at most the number read. */
function nearestFirst(group: DocumentGroup, templates: readonly string[]): string[] {
  const depth = (p: string): number => p.split('/').length;
  const shared = (p: string): number => {
    const a = group.folder === '' ? [] : group.folder.split('/');
    const b = p.split('/');
    let i = 0;
    while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
    return i;
  };
  return [...templates].sort((a, b) => shared(b) - shared(a) || depth(a) - depth(b) || a.localeCompare(b)).slice(0, MAX_TEMPLATES_READ);
}

/** Decision records beside RFCs, and tasks filed by id, where the defaults would not find them. */
async function addSecondary(groups: readonly DocumentGroup[], primary: DocumentGroup, templates: readonly string[], readFile: ReadFile | undefined, config: { adrGlobs?: readonly string[]; taskGlobs?: readonly string[]; taskTemplate?: string }, notes: LayoutNote[]): Promise<void> {
  if (primary.role === 'rfc') {
    const adrs = groups.filter((g) => g.role === 'adr');
    const where = adrs.map((g) => `${g.paths.length} in ${folderText(g.folder)}`).join(', ');
    if (adrs.length > 0 && !adrs.every((g) => DEFAULT_CONFIG.adrGlobs.includes(g.glob))) {
      config.adrGlobs = adrs.map((g) => g.glob);
      notes.push({ key: 'adrGlobs', text: `The decision records (${where}): indexed, so that links and ids that name them resolve.` });
    } else if (adrs.length > 0) {
      notes.push({ key: 'general', text: `The decision records (${where}) are where the default adrGlobs looks: they are indexed, so that links and ids that name them resolve.` });
    }
  }
  const tasks = groups.filter((g) => g.role === 'task' && g.form === 'prefixed');
  if (tasks.length === 0) return;
  if (!tasks.every((g) => DEFAULT_CONFIG.taskGlobs.includes(g.glob))) {
    config.taskGlobs = tasks.map((g) => g.glob);
    notes.push({ key: 'taskGlobs', text: `The tasks (${tasks.map((g) => `${g.paths.length} in ${folderText(g.folder)}`).join(', ')}).` });
  }
  const taskTemplate = (await templateChoices(tasks[0], templates.filter((t) => /task/i.test(t)), readFile))[0];
  if (taskTemplate) {
    config.taskTemplate = taskTemplate.path;
    notes.push({ key: 'taskTemplate', text: `The task template, found by its name beside the tasks: "New Task" and the "create the missing task" fix start from it.` });
  }
}

interface Noun {
  readonly one: string;
  readonly many: string;
}

function nounOf(group: DocumentGroup, template: TemplateChoice | undefined): Noun {
  const prefix = template?.model?.structure.idPrefix ?? group.prefix;
  if (group.role === 'adr') return { one: 'ADR', many: 'ADRs' };
  if (prefix === 'KEP') return { one: 'KEP', many: 'KEPs' };
  const last = group.folder.slice(group.folder.lastIndexOf('/') + 1).toLowerCase();
  if (/^proposals?(?:[-_][a-z]+)?$/.test(last)) return { one: 'proposal', many: 'proposals' };
  if (/^design/.test(last)) return { one: 'design document', many: 'design documents' };
  return { one: 'RFC', many: 'RFCs' };
}

function folderText(folder: string): string {
  return folder === '' ? 'the top folder' : `${folder}/`;
}

/** Where a group's files are: `text/`, or `text/ and its subfolders` for a series filed by topic. */
function filesText(g: DocumentGroup): string {
  return g.deep ? `${folderText(g.folder)} and its subfolders` : folderText(g.folder);
}

function documentsNote(g: DocumentGroup, noun: Noun): string {
  const first = g.paths[0].slice(g.paths[0].lastIndexOf('/') + 1);
  const last = g.paths[g.paths.length - 1].slice(g.paths[g.paths.length - 1].lastIndexOf('/') + 1);
  const span = g.paths.length > 1 ? `${first} … ${last}` : first;
  switch (g.form) {
    case 'numbered':
      if (g.dated) return `The ${noun.many}: ${g.paths.length} Markdown files in ${folderText(g.folder)} whose name starts with the date they were written (${span}); they carry no id.`;
      return `The ${noun.many}: ${g.paths.length} Markdown files in ${filesText(g)} whose name starts with their number (${span}); that number is the id.`;
    case 'prefixed':
      return `The ${noun.many}: ${g.paths.length} Markdown files in ${filesText(g)} named ${/^[A-Za-z]+/.exec(first)?.[0] ?? g.prefix}-NNNN….md (${span}); ${g.prefix}-NNNN is the id.`;
    case 'named':
      return `The ${noun.many}: ${g.paths.length} Markdown files in ${folderText(g.folder)} named by their subject (${span}); they carry no id.`;
    case 'numberedFolder':
      if (g.prefix !== undefined) return `The ${noun.many}: ${g.paths.length} folders under ${folderText(g.folder)} named ${g.prefix}-NNNN, each with its ${g.paths[0].slice(g.paths[0].lastIndexOf('/') + 1)}.`;
      if (g.dated) return `The ${noun.many}: ${g.paths.length} folders under ${folderText(g.folder)} whose name starts with the year they were written, each with its ${g.paths[0].slice(g.paths[0].lastIndexOf('/') + 1)}; they carry no id.`;
      return `The ${noun.many}: ${g.paths.length} folders under ${folderText(g.folder)} whose name starts with their number, each with its ${g.paths[0].slice(g.paths[0].lastIndexOf('/') + 1)}.`;
  }
}

function templateNote(t: TemplateChoice, g: DocumentGroup, noun: Noun): string {
  const dir = t.path.includes('/') ? t.path.slice(0, t.path.lastIndexOf('/')) : '';
  const above = g.folder === dir || g.folder.startsWith(dir === '' ? '' : `${dir}/`);
  const where = t.distance === 0 ? `beside the ${noun.many}` : above ? (dir === '' ? 'at the top of the repository' : `in ${dir}/, above them`) : `in ${dir}/`;
  const fit = t.fit !== undefined ? `; the ${noun.many} read have ${Math.round(t.fit * 100)}% of its sections on average` : '';
  const found = t.linkedFrom ? `linked from ${t.linkedFrom}, in ${dir}/` : inTemplatesFolder(t.path) ? `found in the folder of templates ${dir}/` : `found by its name ${where}`;
  return `The team's template, ${found}${fit}. Its headings, header fields and placeholders are what each ${noun.one} is checked against.`;
}

/** An id as the team writes it, from a document in the middle of the list. */
function idExample(g: DocumentGroup, template: TemplateChoice | undefined): string {
  const number = g.numbers[Math.floor(g.numbers.length / 2)];
  const prefix = g.form === 'prefixed' ? g.prefix : template?.model?.structure.idPrefix;
  return prefix ? `${prefix}-${number}` : number;
}
