/**
 * When a template section came in, read from the documents themselves. Teams add sections to their
 * template over the years (NixOS's "Examples and Interactions" in 2019 and "Prior art" in 2023,
 * Aptos's "Testing" made required in 2024); the documents written before keep the sections of their
 * day, and teams do not rewrite accepted documents. Their numbers give the order they were written
 * in: where the documents below some number mostly lack a section and those from it on mostly have
 * it, the section is newer than the documents below, and a careful reader does not hold them to it.
 */
import type { RfcAuthorConfig } from './config';
import type { DocKindWithId } from './ids';
import type { NumberedDocuments, NumberedSections, WorkspaceIndex } from './index/workspaceIndex';
import { fieldKey } from './parser/header';
import { evidentlySame, sameGroup } from './sectionMatch';
import { sectionKey } from './template';
import type { TemplateModel } from './template';

/**
 * A header field among a document's parts (`NumberedSections.sections` holds its section keys, then
 * its fields marked so): fields come into a template over the years as sections do (TiKV's "RFC PR"
 * and "Tracking Issue" in 2021).
 */
export const FIELD_PART = '\u0001';

/** The part key of a header field (`FIELD_PART` and its `fieldKey`). */
export function fieldPart(name: string): string {
  return FIELD_PART + fieldKey(name);
}

/** Where the documents start having a section. */
export interface SectionOnset {
  /** The number of the first document of the era that has it. */
  readonly number: number;
  /** How many documents come before it, and how many of those have the section. */
  readonly before: number;
  readonly beforeWith: number;
  /** How many documents come from it on, and how many of those have it (absent for `rare`). */
  readonly after?: number;
  readonly afterWith?: number;
  /**
   * Hardly any document has the section (Stellar's "Exit Criteria", added to the template after all
   * 99 CAPs; NixOS's "Prior art"): every document is older than it, and `number` is infinite.
   */
  readonly rare?: boolean;
  /** About half of the older documents have it (`LOOSE_OLDER_AT_MOST`). */
  readonly loose?: true;
  /** `number` is the day the first document of the era was written (`yyyymmdd`, see `writtenDate`), not an id. */
  readonly written?: true;
}

/** Documents needed on each side of the onset: fewer are no evidence of an era. */
const MIN_SIDE = 5;
/** At most this share of the older documents have the section… */
const OLDER_AT_MOST = 0.25;
/** …and at least this share of the newer ones. */
const NEWER_AT_LEAST = 0.6;
/**
 * Where none of ten or more older documents has the section, this share of ten or more newer ones is enough:
 * TensorFlow's RFCs gained "User Benefit" in April 2019; none of the 33 before has it, and about half
 * of those after do (the team writes it often, not always).
 */
const NEWER_AFTER_NONE = 0.4;
/**
 * A looser era, where no strict one shows: the older documents keep the part about half the time
 * (at most this share), the newer ones nearly always (at least `LOOSE_NEWER_AT_LEAST`), with at least
 * `LOOSE_MIN_SIDE` documents on each side. Kubernetes's KEP template marked "Drawbacks" and
 * "Alternatives" `[optional]` until 2020: 73 of the 232 KEPs written before have "Drawbacks", 366 of
 * the 413 after. Half a practice is no rule a careful reader holds an old document to.
 */
const LOOSE_OLDER_AT_MOST = 0.55;
const LOOSE_NEWER_AT_LEAST = 0.85;
const LOOSE_MIN_SIDE = 20;

/**
 * Without an era, a section at most this share of the documents have is no practice of the team's
 * (NixOS's "Prior art": 3 of 44 RFCs, numbered by pull request, so the template's 2023 change shows no
 * era; Algorand's "Backwards Compatibility", 18 of 56 ARCs, numbered by topic, not by date). Where two
 * of three documents lack a part, a warning on each of them says the team is wrong about its own
 * practice: the part is optional to them, or newer than most documents.
 */
const RARE_AT_MOST = 1 / 3;
/**
 * Clearly fewer than half, where no era shows (see `splitOf`): at most 45%, so that a part that about
 * half of the documents have (operator-framework's "Drawbacks", 23 of 47) stays required.
 */
const FEWER_THAN_HALF = 0.45;

/**
 * Without an era, an order of two sections that at most half of the documents with both keep is no
 * convention of the team's: Swift's proposals write "Alternatives considered" above or below "Future
 * directions" about equally (56 of 116), and a warning on each of the others would say otherwise.
 * An order is a weaker rule than a section's presence, so the bar is higher than `RARE_AT_MOST`.
 */
const ORDER_KEPT_AT_MOST = 0.5;

const onsets = new WeakMap<readonly NumberedSections[], Map<string, SectionOnset | null>>();

/**
 * The onset of the template section `key` among the numbered documents (by number, see
 * `WorkspaceIndex.sectionsByNumber`), or undefined when the documents show none or the sections of
 * some of them are not known. `aliases` maps a document's section key to the template's
 * (`sectionAliases`); an evident equivalent or a section of the same vocabulary group counts too.
 */
export function sectionOnset(
  numbered: Pick<NumberedDocuments, 'documents' | 'complete'>,
  key: string,
  aliases: ReadonlyMap<string, string>,
  soleTemplate = true,
  canonical: (fieldName: string) => string = (k) => k,
  templateKeys: ReadonlySet<string> = NO_KEYS,
): SectionOnset | undefined {
  // Some documents' sections are not known yet (the CLI's first pass): no era can be told.
  if (!numbered.complete) return undefined;
  return remembered(numbered, `${soleTemplate ? 1 : 0}${keysId(templateKeys)}\u0002${key}`, () => findOnset(numbered.documents, key, aliases, soleTemplate ? RARE_AT_MOST : 0, canonical, templateKeys));
}

const NO_KEYS: ReadonlySet<string> = new Set();
const keysIds = new WeakMap<ReadonlySet<string>, number>();
let lastKeysId = 0;

/** A number for a set of template keys, so that onsets told for one template are not given for another. */
function keysId(keys: ReadonlySet<string>): number {
  let id = keysIds.get(keys);
  if (id === undefined) keysIds.set(keys, (id = ++lastKeysId));
  return id;
}

/** An onset worked out once per list of documents (a new list comes when the documents change). */
function remembered(numbered: Pick<NumberedDocuments, 'documents'>, memo: string, find: () => SectionOnset | undefined): SectionOnset | undefined {
  let known = onsets.get(numbered.documents);
  if (!known) onsets.set(numbered.documents, (known = new Map<string, SectionOnset | null>()));
  let onset = known.get(memo);
  if (onset === undefined) known.set(memo, (onset = find() ?? null));
  return onset ?? undefined;
}

/**
 * A document among the others of its kind, as eras are told: the workspace's index, the document's
 * kind, id (undefined where its file name carries none) and path, the configuration's aliases, and
 * whether its documents follow one template (no sibling templates: only then is a share of them that
 * has a section a measure of the team's practice).
 */
export interface EraSubject {
  readonly index: WorkspaceIndex;
  readonly kind: DocKindWithId;
  readonly fileId: string | undefined;
  readonly path: string;
  readonly config: Pick<RfcAuthorConfig, 'sectionAliases'>;
  readonly soleTemplate: boolean;
  /** The template's sections: a document's section of one of their names is that one, never another's loose equivalent. */
  readonly template: Pick<TemplateModel, 'sections'>;
}

/**
 * Where the template part `key` (a section key, or a field's `fieldPart`) came in, when the document
 * is older than that: written before the team's documents of its kind started having it.
 */
export function olderThanSection(d: EraSubject, key: string, canonical?: (fieldName: string) => string): SectionOnset | undefined {
  return olderIn(d, (numbered) => sectionOnset(numbered, key, aliasKeys(d.config), d.soleTemplate, canonical, templateKeys(d.template)));
}

/**
 * The onset (as `onsetOf` finds it in a list of documents) that the document is older than. Where the
 * documents give the days they were written, they are ordered by those; a document older by that
 * order or by the one without days (numbers, path dates, or none) is not held to the part. The two
 * disagree where a document was numbered long before or after it was written (Qiskit's RFC 0006,
 * submitted after RFC 0008), and neither is sure.
 */
function olderIn(d: EraSubject, onsetOf: (numbered: NumberedDocuments) => SectionOnset | undefined): SectionOnset | undefined {
  const numbered = d.index.sectionsByNumber(d.kind);
  const older = olderBy(numbered, d.path, onsetOf);
  if (older || numbered.order !== 'written') return older;
  // Nor where the documents read without their days (by number, by the dates their paths carry, or
  // as one group) show no practice of the part (operator-framework's "Implementation History", in 20
  // of 47 enhancements). Not by a loose era of numbers, which days contradict: Kubernetes's
  // "Release Signoff Checklist" is in 177 of the 324 KEPs numbered below 2535, and in nearly all
  // written since 2019.
  const olderWithoutDays = olderBy(d.index.sectionsByNumber(d.kind, true), d.path, onsetOf);
  return olderWithoutDays?.loose ? undefined : olderWithoutDays;
}

function olderBy(numbered: NumberedDocuments, path: string, onsetOf: (numbered: NumberedDocuments) => SectionOnset | undefined): SectionOnset | undefined {
  const own = numbered.numberOf(path);
  if (!(own > 0)) return undefined;
  const onset = onsetOf(numbered);
  if (!onset || !(own < onset.number)) return undefined;
  return numbered.order === 'written' && !onset.rare ? { ...onset, written: true } : onset;
}

const templateKeySets = new WeakMap<Pick<TemplateModel, 'sections'>, ReadonlySet<string>>();

/** The keys of a template's sections, built once per template. */
function templateKeys(template: Pick<TemplateModel, 'sections'>): ReadonlySet<string> {
  let keys = templateKeySets.get(template);
  if (!keys) templateKeySets.set(template, (keys = new Set(template.sections.map((t) => t.key))));
  return keys;
}

const aliasMaps = new WeakMap<Pick<RfcAuthorConfig, 'sectionAliases'>, ReadonlyMap<string, string>>();

/** `sectionAliases` as section keys, built once per configuration (it is asked for on every keystroke that finds a section missing). */
function aliasKeys(config: Pick<RfcAuthorConfig, 'sectionAliases'>): ReadonlyMap<string, string> {
  let map = aliasMaps.get(config);
  if (!map) aliasMaps.set(config, (map = new Map(Object.entries(config.sectionAliases).map(([from, to]) => [sectionKey(from), sectionKey(to)]))));
  return map;
}

/**
 * When the documents started writing two template sections in the template's order, `first` before
 * `second`: teams move sections in their template too (Solana moved "Alternatives Considered" below
 * "Detailed Design" in 2024, after some 180 SIMDs had it above), and the documents written before
 * keep the order of their day. Only documents that have both sections count.
 */
export function orderOnset(numbered: Pick<NumberedDocuments, 'documents' | 'complete'>, first: string, second: string, aliases: ReadonlyMap<string, string>): SectionOnset | undefined {
  if (!numbered.complete) return undefined;
  return remembered(numbered, `${first}\u0002${second}`, () => {
    const both: number[] = [];
    const inOrder: boolean[] = [];
    for (const d of numbered.documents) {
      const i = d.sections.findIndex((k) => isSection(k, first, aliases));
      const j = d.sections.findIndex((k) => isSection(k, second, aliases));
      if (i < 0 || j < 0) continue;
      both.push(d.number);
      inOrder.push(i < j);
    }
    // Unlike a share of documents that have a section, a share that keeps an order measures the team
    // beside a sibling template too: a sibling's documents that order them otherwise only add to it.
    return splitOf(both, inOrder, ORDER_KEPT_AT_MOST);
  });
}

/** Where the template's order of `first` before `second` came in, when the document is older than that. */
export function olderThanOrder(d: EraSubject, first: string, second: string): SectionOnset | undefined {
  return olderIn(d, (numbered) => orderOnset(numbered, first, second, aliasKeys(d.config)));
}

/**
 * Whether a document's section key `k` is the template section `key`: the same, an alias, an evident
 * equivalent or one of its vocabulary group; not where `k` names another section of the template
 * (Stacks' "Reference Implementation" is no "References", though one starts with the other).
 */
function isSection(k: string, key: string, aliases: ReadonlyMap<string, string>, templateKeys: ReadonlySet<string> = NO_KEYS): boolean {
  if (k === key || aliases.get(k) === key) return true;
  return !templateKeys.has(k) && (evidentlySame(k, key) || sameGroup(k, key));
}

/** Where the documents have the template part `key`, by number (see `findOnset`). */
function findOnset(documents: readonly NumberedSections[], key: string, aliases: ReadonlyMap<string, string>, rareShare: number, canonical: (fieldName: string) => string, templateKeys: ReadonlySet<string>): SectionOnset | undefined {
  // A field counts under any name the template's field keys take for it (`Authors` for `Owners`).
  const has = key.startsWith(FIELD_PART)
    ? documents.map((d) => d.sections.some((k) => k.startsWith(FIELD_PART) && FIELD_PART + canonical(k.slice(FIELD_PART.length)) === key))
    : documents.map((d) => d.sections.some((k) => isSection(k, key, aliases, templateKeys)));
  return splitOf(documents.map((d) => d.number), has, rareShare);
}

/**
 * The split of documents (by `numbers`, ascending) where the documents start having a trait (`has`),
 * among splits where at most a quarter of the older and at least 60% of the newer have it, with five
 * documents or more on each side (never between two of one number). Two readings choose among them:
 * the widest gap between the older and the newer share, and the split that most documents agree
 * with (older ones without the trait, newer ones with it). Where they differ, the later one: the
 * documents between them are older by one reading, and a careful reader does not hold them to the
 * trait (Swift's "Future directions": 94 of the 388 proposals before SE-0389 have it, 41 of the 288
 * before SE-0289). Without such a split, every document, when at most `rareShare` of them have it
 * (`rare`); else a weak era (none of the older have it) or a loose one (see `LOOSE_OLDER_AT_MOST`).
 */
function splitOf(numbers: readonly number[], has: readonly boolean[], rareShare: number): SectionOnset | undefined {
  const n = numbers.length;
  if (n < 2 * MIN_SIDE) return undefined;
  const total = has.filter(Boolean).length;
  const best = new EraChoice();
  // An era where none of the older documents has it and fewer of the newer ones do (`NEWER_AFTER_NONE`).
  let weak: SectionOnset | undefined;
  let weakGap = 0;
  // An era where about half of the older documents have it and nearly all of the newer ones.
  const loose = new EraChoice();
  let withBefore = 0;
  for (let i = 0; i <= n - MIN_SIDE; i++) {
    if (i >= MIN_SIDE && numbers[i] !== numbers[i - 1]) {
      const older = withBefore / i;
      const newer = (total - withBefore) / (n - i);
      const onset = { number: numbers[i], before: i, beforeWith: withBefore, after: n - i, afterWith: total - withBefore };
      if (older <= OLDER_AT_MOST && newer >= NEWER_AT_LEAST) best.consider(onset, newer - older);
      else if (withBefore === 0 && i >= 2 * MIN_SIDE && n - i >= 2 * MIN_SIDE && newer >= NEWER_AFTER_NONE && newer > weakGap) {
        weakGap = newer;
        weak = onset;
      } else if (i >= LOOSE_MIN_SIDE && n - i >= LOOSE_MIN_SIDE && older <= LOOSE_OLDER_AT_MOST && newer >= LOOSE_NEWER_AT_LEAST) loose.consider(onset, newer - older);
    }
    if (has[i]) withBefore++;
  }
  // A loose era after the strict one, where the documents between the two have the trait about half
  // the time too, is a third reading, and the later one again wins (Kubernetes's "Production
  // Readiness Review Questionnaire": in 30 of the 124 KEPs written before 2019-02-19, in about half
  // of those written until the template gained it in 2020, in nearly all since). Not where those
  // between mostly have it: Rust's "Prior art", in 144 of the 178 RFCs of 2018 to 2023.
  const strict = best.chosen;
  if (strict) return looseAfter(strict, loose.chosen) ?? strict;
  // No document has it, or hardly any: it is newer than most of them, or no practice of the team's.
  // A share is no measure where some documents follow a sibling template (Swift's SwiftPM proposals
  // and their "Security"): then only none counts (`rareShare` 0). That says more than a weak era
  // (Algorand's "Backwards Compatibility": none of ARCs 1–11, 18 of the 45 after, 18 of 56 in all).
  const rare = { number: Number.POSITIVE_INFINITY, before: n, beforeWith: total, rare: true };
  if (total <= n * rareShare) return rare;
  if (weak) return weak;
  if (loose.chosen) return { ...loose.chosen, loose: true };
  // Clearly fewer than half of them, with no era to tell older from newer: most documents lack it, so
  // it is no practice of the team's either (Flow's "Related Issues", 38 of 104 FLIPs; C#'s
  // "Alternatives", 77 of 199). An era, where there is one, says more (TensorFlow's "User Benefit",
  // 42 of 118: none of 33 older RFCs, 42 of the 85 after).
  return rareShare > 0 && total <= n * FEWER_THAN_HALF ? rare : undefined;
}

/** A loose era later than the strict one, where the documents between them have the trait at most `LOOSE_OLDER_AT_MOST` of the time. */
function looseAfter(strict: SectionOnset, loose: SectionOnset | undefined): SectionOnset | undefined {
  if (!loose || !(loose.number > strict.number)) return undefined;
  const between = loose.before - strict.before;
  const withTrait = loose.beforeWith - strict.beforeWith;
  return between > 0 && withTrait <= between * LOOSE_OLDER_AT_MOST ? { ...loose, loose: true } : undefined;
}

/** The split of the widest gap and the split most documents agree with, among those offered (see `splitOf`). */
class EraChoice {
  private widest: SectionOnset | undefined;
  private widestGap = 0;
  private fittest: SectionOnset | undefined;
  private fittestAgree = 0;

  consider(onset: SectionOnset, gap: number): void {
    if (gap > this.widestGap) [this.widest, this.widestGap] = [onset, gap];
    // The documents the split agrees with: the older ones without the trait, the newer ones with it.
    const agree = onset.before - onset.beforeWith + (onset.afterWith ?? 0);
    if (agree > this.fittestAgree) [this.fittest, this.fittestAgree] = [onset, agree];
  }

  /** The later of the two. */
  get chosen(): SectionOnset | undefined {
    if (!this.widest || !this.fittest) return this.widest ?? this.fittest;
    return this.fittest.number > this.widest.number ? this.fittest : this.widest;
  }
}
