import type { RfcAuthorConfig } from './config';
import { TERMINAL_STATUSES } from './config';
import type { TemplateModel } from './template';
import type { StatusClass } from './types';

/** A status value read from `- Status: **In progress** (phases 0–1 proven)`. */
export interface StatusReading {
  /** The status words as written (`In progress`). */
  readonly written: string;
  /** Offset of `written` in the value string. */
  readonly start: number;
  /** The allowed value it stands for (`In Progress`), when known. */
  readonly canonical?: string;
  readonly statusClass: StatusClass;
  /** Text after the status (a note), trimmed. */
  readonly note: string;
}

/** Words every team uses for task states, so tasks are understood without configuration. */
const LEXICON: ReadonlyArray<readonly [RegExp, StatusClass]> = [
  [/^(done|complete|completed|closed|resolved|merged|implemented|finished|shipped|proven|verified)$/, 'done'],
  [/^(in[ _-]?progress|doing|wip|active|started|ongoing|in[ _-]?review|review|partial|partially done)$/, 'active'],
  [/^(todo|to[ _-]do|open|planned|not[ _-]started|backlog|draft|proposed|new|ready|pending)$/, 'draft'],
];

/** The allowed statuses and how each maps to a lifecycle class. */
export class StatusVocabulary {
  private readonly byWord = new Map<string, { canonical: string; cls: StatusClass }>();
  /** Allowed words, longest first (so `In Progress` wins over `In`). */
  private readonly words: string[];

  constructor(config: Pick<RfcAuthorConfig, 'statuses' | 'statusSynonyms'>, template: Pick<TemplateModel, 'statuses'>) {
    const lifecycle = template.statuses;
    const classOf = (canonical: string): StatusClass => {
      const i = lifecycle.findIndex((s) => s.toLowerCase() === canonical.toLowerCase());
      if (i < 0) return lexiconClass(canonical) === 'done' ? 'done' : 'other';
      if (i === 0) return 'draft';
      return i === lifecycle.length - 1 ? 'done' : 'active';
    };
    const allowed = config.statuses.length > 0 ? config.statuses : [...lifecycle, ...TERMINAL_STATUSES];
    for (const s of allowed) this.byWord.set(s.toLowerCase(), { canonical: s, cls: classOf(s) });
    for (const [syn, target] of Object.entries(config.statusSynonyms)) {
      const t = this.byWord.get(target.toLowerCase());
      if (t && !this.byWord.has(syn.toLowerCase())) this.byWord.set(syn.toLowerCase(), t);
    }
    this.words = [...this.byWord.keys()].sort((a, b) => b.length - a.length);
  }

  get allowed(): string[] {
    return [...new Set([...this.byWord.values()].map((v) => v.canonical))];
  }

  /** Reads a status value; `canonical` is unset when the words are not allowed. */
  read(value: string): StatusReading | undefined {
    const lead = /^[\s*_`]*/.exec(value)?.[0].length ?? 0;
    const body = value.slice(lead).replace(/[*_`]+(?=\s|$|\()/g, (m) => ' '.repeat(m.length));
    if (body.trim() === '') return undefined;
    const lower = body.toLowerCase();
    for (const w of this.words) {
      if (!lower.startsWith(w)) continue;
      const rest = body.slice(w.length);
      if (!/^(\s*$|\s*[(:,;[]|\s+[-\u2013\u2014]|[-\u2013\u2014]\s|\s+\d{4}-\d{2}-\d{2}|\s+(since|as of|on|in|for|with|until|at|by|per|via)\b)/i.test(rest)) continue;
      const entry = this.byWord.get(w);
      if (!entry) continue;
      return { written: body.slice(0, w.length), start: lead, canonical: entry.canonical, statusClass: entry.cls, note: rest.trim() };
    }
    const words = /^[^\s(:,;\u2013\u2014]+(?:\s[^\s(:,;\u2013\u2014-]+)?/.exec(body)?.[0] ?? body.trim();
    const written = words.trim();
    return { written, start: lead, statusClass: lexiconClass(written), note: body.slice(written.length).trim() };
  }

  /** Class of a task's (or ADR's) status, from the vocabulary or the common lexicon. */
  classify(value: string | undefined): StatusClass {
    if (!value) return 'other';
    const r = this.read(value);
    if (!r) return 'other';
    if (r.canonical) return r.statusClass === 'other' ? lexiconClass(r.written) : r.statusClass;
    return r.statusClass;
  }
}

/** The class the common task lexicon gives a word (`done`, `in-progress`, `todo`, …), `other` when it knows none. */
export function lexiconClass(word: string): StatusClass {
  const w = word.toLowerCase().trim();
  for (const [re, cls] of LEXICON) if (re.test(w)) return cls;
  return 'other';
}
