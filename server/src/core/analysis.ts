import type { AbsentSection } from './absentSections';
import { absentSections } from './absentSections';
import type { RfcAuthorConfig } from './config';
import type { IdGrammar } from './idGrammar';
import { DEFAULT_ID_GRAMMAR } from './idGrammar';
import { dirname } from './index/paths';
import type { DocKindWithId } from './ids';
import type { ReferenceResolver, Resolution } from './index/resolver';
import type { WorkspaceIndex } from './index/workspaceIndex';
import { fieldKeysOf } from './fieldKeys';
import { allReferences } from './parser/frontMatterReferences';
import type { StatusReading, StatusVocabulary } from './statuses';
import { BUILTIN_TEMPLATES } from './builtinTemplates';
import type { TaskTemplateModel } from './taskTemplate';
import { taskTemplateModel } from './taskTemplate';
import { evidentlySame, sameGroup } from './sectionMatch';
import { sectionKey } from './template';
import type { TemplateModel, TemplateSection } from './template';
import type { HeaderField, PhaseLine, Reference, RfcDocument, Section } from './types';

/** Static folder part of each kind's globs (`tasks`, `docs/rfcs`), as the classifier derives them. */
export type DocumentFolders = Readonly<Record<DocKindWithId, readonly string[]>>;

const NO_FOLDERS: DocumentFolders = { rfc: [], task: [], adr: [] };

/** A document section and the template section it stands for (if any). */
export interface SectionMatch {
  readonly section: Section;
  readonly index: number;
  readonly template?: TemplateSection;
  /**
   * Matched by an evident equivalent or the vocabulary, not by name or alias: the section counts as
   * present, but its place and form are its own (no order or content checks hold it to the template).
   */
  readonly loose?: boolean;
}

/**
 * Everything rules need about one document, computed lazily and at most once: the template match of
 * its sections, its header fields by role, its phase lines, its status. One analysis serves every
 * rule of a diagnostics run, so no rule re-scans what another already derived.
 */
export class DocumentAnalysis {
  private sectionCache?: SectionMatch[];
  private fieldCache?: Map<string, HeaderField>;
  private statusCache?: { value: StatusReading | undefined };
  private phaseCache?: PhaseLine[];
  private resolutionCache = new Map<string, Resolution>();
  private siblings?: Map<Reference, readonly string[]>;
  private absentCache?: AbsentSection[];

  constructor(
    readonly doc: RfcDocument,
    readonly template: TemplateModel,
    readonly config: RfcAuthorConfig,
    readonly index: WorkspaceIndex,
    readonly resolver: ReferenceResolver,
    readonly statuses: StatusVocabulary,
    /** Today as `YYYY-MM-DD` (injected so results are deterministic). */
    readonly today: string,
    /** The folders each kind of document lives in (from the globs): where a missing task would be created. */
    readonly folders: DocumentFolders = NO_FOLDERS,
    /** How ids are written in this workspace. */
    readonly ids: IdGrammar = DEFAULT_ID_GRAMMAR,
    /** What the document is: the rules that run are those of its kind (`Rule.kinds`). */
    readonly kind: DocKindWithId = 'rfc',
    /** The task template's model: the front matter a task has, its status and dependency keys. */
    readonly taskTemplate: TaskTemplateModel = taskTemplateModel(BUILTIN_TEMPLATES.task),
    /** The RFCs follow one template: there are no sibling templates (`templateChoice.ts`) beside it. */
    readonly soleTemplate = true,
  ) {}

  /**
   * The id the document's own path carries (`RFC-0004` for `RFC-0004-x.md`, `RFC-1270` for Rust's
   * `text/1270-x.md`, `ADR-0005` for `docs/adr/0005-x.md`), read as its kind's file names are.
   */
  get fileId(): string | undefined {
    return this.ids.fromPath(this.doc.path, this.kind);
  }

  /** Every reference of the document, those in its front matter included (each with its key). */
  get references(): readonly Reference[] {
    return allReferences(this.doc);
  }

  /**
   * The sections (at the template's level) with their template match, in document order: by name
   * (case, emphasis, a trailing note aside), by a configured alias, else by an evident equivalent
   * that only one unmatched template section fits (`Proof` for "Proof / validation strategy",
   * `Security` for "Security considerations", "Scope boundaries (anti-drift) + notes").
   */
  get sections(): readonly SectionMatch[] {
    if (!this.sectionCache) {
      const aliases = new Map<string, string>();
      for (const [alias, target] of Object.entries(this.config.sectionAliases)) aliases.set(sectionKey(alias), sectionKey(target));
      const byKey = new Map(this.template.sections.map((t) => [t.key, t]));
      const keys = this.doc.sections.map((s) => sectionKey(s.heading.text));
      const matched = keys.map((key) => byKey.get(key) ?? byKey.get(aliases.get(key) ?? ''));
      const taken = new Set(matched.filter((t) => t !== undefined).map((t) => t.key));
      const loose = new Set<number>();
      // Evident equivalents, then the vocabulary of design documents: each only where one template section fits.
      for (const same of [evidentlySame, sameGroup]) {
        keys.forEach((key, i) => {
          if (matched[i]) return;
          const fits = this.template.sections.filter((t) => !taken.has(t.key) && same(key, t.key));
          if (fits.length !== 1) return;
          matched[i] = fits[0];
          taken.add(fits[0].key);
          loose.add(i);
        });
      }
      this.sectionCache = this.doc.sections.map((section, index) => {
        const template = matched[index];
        if (!template) return { section, index };
        return loose.has(index) ? { section, index, template, loose: true } : { section, index, template };
      });
    }
    return this.sectionCache;
  }

  /** The document section matching a template section key (the first one when repeated). */
  sectionFor(templateKey: string | undefined): SectionMatch | undefined {
    if (!templateKey) return undefined;
    return this.sections.find((s) => s.template?.key === templateKey);
  }

  /** Header field by template field key (`status`, `owners`, `last updated`), aliases applied. */
  field(key: string | undefined): HeaderField | undefined {
    if (!key) return undefined;
    if (!this.fieldCache) {
      this.fieldCache = new Map();
      const keys = fieldKeysOf(this.template, this.config);
      for (const f of this.doc.header) {
        const canonical = keys.canonical(f.name);
        if (!this.fieldCache.has(canonical)) this.fieldCache.set(canonical, f);
      }
    }
    return this.fieldCache.get(key);
  }

  /** The Status field's reading. */
  get status(): StatusReading | undefined {
    if (!this.statusCache) {
      const f = this.field(this.template.roles.statusField);
      this.statusCache = { value: f ? this.statuses.read(f.value) : undefined };
    }
    return this.statusCache.value;
  }

  /** The template sections the document lacks, in template order, optional ones included (see `absentSections`). */
  get absentSections(): readonly AbsentSection[] {
    return (this.absentCache ??= absentSections(this));
  }

  /** The sections the document must have and lacks: what `missing-section` reports and "insert all" inserts. */
  get missingSections(): readonly AbsentSection[] {
    return this.absentSections.filter((s) => !s.optional);
  }

  /** Phase status lines: those in the template's phase section (all phase lines with a marker when it is missing). */
  get phases(): readonly PhaseLine[] {
    if (!this.phaseCache) {
      const s = this.sectionFor(this.template.roles.phaseSection);
      this.phaseCache = s
        ? this.doc.phases.filter((p) => p.section === s.index)
        : this.doc.phases.filter((p) => p.markers.length > 0 || p.templateTriple);
    }
    return this.phaseCache;
  }

  /**
   * What a path reference names, resolved once per written path and block: a bare name is also
   * looked for beside the paths named before it in the same item or sentence.
   */
  resolve(ref: Reference): Resolution | undefined {
    if (ref.path === undefined) return undefined;
    const siblingFolders = ref.path.includes('/') ? [] : this.siblingFolders(ref);
    const link = ref.style === 'link';
    const key = `${link ? 'L' : 'P'}${ref.path}${siblingFolders.length > 0 ? `\u0000${siblingFolders.join('\u0000')}` : ''}`;
    let r = this.resolutionCache.get(key);
    if (!r) {
      r = this.resolver.resolvePath(ref.path, { fromPath: this.doc.path, siblingFolders, ...(link ? { link } : {}) });
      this.resolutionCache.set(key, r);
    }
    return r;
  }

  /**
   * The folders of the paths named before `ref` in its block, nearest first (resolved where they
   * resolve), at most three. Worked out for a whole block at once, in one pass over it.
   */
  private siblingFolders(ref: Reference): readonly string[] {
    if (!this.siblings) {
      this.siblings = new Map();
      const running = new Map<number, string[]>();
      for (const r of this.doc.references) {
        if (r.path === undefined) continue;
        const folders = running.get(r.block) ?? [];
        if (!r.path.includes('/')) {
          if (folders.length > 0) this.siblings.set(r, folders);
          continue;
        }
        const resolved = this.resolve(r);
        const target = resolved?.status === 'resolved' && !resolved.directory ? resolved.targets[0] : undefined;
        const folder = dirname(target ?? r.path.replace(/^\.\//, ''));
        if (folder === '' || folders[0] === folder) continue;
        running.set(r.block, [folder, ...folders.filter((f) => f !== folder)].slice(0, 3));
      }
    }
    return this.siblings.get(ref) ?? [];
  }

  /** Whether `text` is (or contains) one of the template's placeholders. */
  isPlaceholder(text: string): boolean {
    return this.template.placeholders.some((p) => text.includes(p));
  }
}
