import type { RfcAuthorConfig } from './config';
import type { IdGrammar } from './idGrammar';
import { DEFAULT_ID_GRAMMAR } from './idGrammar';
import { dirname } from './index/paths';
import type { DocKindWithId } from './ids';
import type { ReferenceResolver, Resolution } from './index/resolver';
import type { WorkspaceIndex } from './index/workspaceIndex';
import { fieldKey } from './parser/header';
import type { StatusReading, StatusVocabulary } from './statuses';
import { sectionKey } from './template';
import type { TemplateModel, TemplateSection } from './template';
import type { HeaderField, PhaseLine, Reference, RfcDocument, Section } from './types';

/**
 * Whether a document's section key evidently names a template section: one of its `/` alternatives
 * (`proof` for `proof/validation strategy`), its first words (`security` for `security
 * considerations`), or the template's name followed by a note (`scope boundaries (anti drift) + …`).
 */
function evidentlySame(doc: string, template: string): boolean {
  if (doc.length < 4) return false;
  if (template.split('/').includes(doc)) return true;
  if (template.startsWith(`${doc} `) || template.startsWith(`${doc}/`) || template.endsWith(` ${doc}`)) return true;
  return doc.startsWith(template) && /^ ?[(+:]/.test(doc.slice(template.length));
}

/** Static folder part of each kind's globs (`tasks`, `docs/rfcs`), as the classifier derives them. */
export type DocumentFolders = Readonly<Record<DocKindWithId, readonly string[]>>;

const NO_FOLDERS: DocumentFolders = { rfc: [], task: [], adr: [] };

/** A document section and the template section it stands for (if any). */
export interface SectionMatch {
  readonly section: Section;
  readonly index: number;
  readonly template?: TemplateSection;
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
  ) {}

  /** The id the document's own path carries (`RFC-0004` for `RFC-0004-x.md`, `RFC-1270` for Rust's `text/1270-x.md`). */
  get fileId(): string | undefined {
    return this.ids.fromPath(this.doc.path, 'rfc');
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
      keys.forEach((key, i) => {
        if (matched[i]) return;
        const fits = this.template.sections.filter((t) => !taken.has(t.key) && evidentlySame(key, t.key));
        if (fits.length !== 1) return;
        matched[i] = fits[0];
        taken.add(fits[0].key);
      });
      this.sectionCache = this.doc.sections.map((section, index) => {
        const template = matched[index];
        return template ? { section, index, template } : { section, index };
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
      const aliases = new Map(Object.entries(this.config.fieldAliases).map(([a, t]) => [fieldKey(a), fieldKey(t)]));
      for (const f of this.doc.header) {
        const k = fieldKey(f.name);
        const canonical = this.template.fields.some((t) => t.key === k) ? k : (aliases.get(k) ?? k);
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
    const key = siblingFolders.length > 0 ? `${ref.path}\u0000${siblingFolders.join('\u0000')}` : ref.path;
    let r = this.resolutionCache.get(key);
    if (!r) {
      r = this.resolver.resolvePath(ref.path, { fromPath: this.doc.path, siblingFolders });
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
