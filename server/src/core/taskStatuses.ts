import type { RfcAuthorConfig } from './config';
import { editDistance } from './index/editDistance';
import type { StatusReading } from './statuses';
import { lexiconClass, StatusVocabulary } from './statuses';
import type { TaskTemplateModel } from './taskTemplate';

/**
 * Words teams give tasks that stopped without being done, besides the common lexicon's "not yet",
 * "doing" and "done" words: a task that was dropped is not mistyped.
 */
const STOPPED_WORDS = ['blocked', 'on-hold', 'on hold', 'paused', 'parked', 'deferred', 'postponed', 'cancelled', 'canceled', 'wontfix', "won't fix", 'dropped', 'obsolete', 'superseded', 'abandoned', 'rejected', 'duplicate', 'skipped'];

/** The task words offered as "did you mean" and named in messages when no vocabulary is configured. */
const COMMON_WORDS = ['todo', 'in-progress', 'done', 'blocked', 'cancelled'];

/** A task's status as read: the status words and whether the vocabulary knows them. */
export interface TaskStatusReading {
  readonly reading: StatusReading;
  readonly known: boolean;
}

/**
 * The statuses a task may have. Configured (`taskStatuses`): exactly those, with the configured
 * synonyms. Not configured: the task template's status, the common task lexicon (`todo`,
 * `in-progress`, `done` and their many spellings), words for stopped tasks, and the RFC vocabulary;
 * an unknown word is then only a hint, since the vocabulary is a guess at the team's. A note after
 * the status (`done (2026-05-02)`, `blocked by TASK-0003`) is allowed either way.
 */
export class TaskStatusVocabulary {
  readonly configured: boolean;
  /** The statuses a message names. */
  readonly allowed: readonly string[];
  private readonly vocabulary: StatusVocabulary;
  private readonly suggestions: readonly string[];

  constructor(config: RfcAuthorConfig, template: TaskTemplateModel, rfc: StatusVocabulary) {
    this.configured = config.taskStatuses.length > 0;
    const words = this.configured ? [...config.taskStatuses] : [...template.statuses, ...STOPPED_WORDS, ...rfc.allowed];
    this.vocabulary = new StatusVocabulary({ statuses: words, statusSynonyms: config.statusSynonyms }, { statuses: [] });
    this.allowed = this.configured ? [...config.taskStatuses] : [...new Set([...template.statuses, ...COMMON_WORDS])];
    this.suggestions = this.configured ? this.vocabulary.allowed : [...new Set([...template.statuses, ...COMMON_WORDS, ...STOPPED_WORDS, ...rfc.allowed])];
  }

  read(value: string): TaskStatusReading | undefined {
    const reading = this.vocabulary.read(value);
    if (!reading) return undefined;
    if (reading.canonical) return { reading, known: true };
    // `done.`, `Done!` and `Done ✅` (open-nexus-os) are the word with punctuation or a status
    // marker after it, not another word.
    const bare = reading.written.replace(/(?:[.!;]|\s*[✅✔☑🟢🟩🟨🟡⬜❌🚧]\uFE0F?)+$/u, '');
    const known = (bare !== reading.written && this.vocabulary.read(bare)?.canonical !== undefined) || (!this.configured && lexiconClass(bare) !== 'other');
    return { reading, known };
  }

  /**
   * The known status `written` most likely stands for: the one configured status of the same
   * lifecycle class for a usual word (`done` where the team says `shipped`), else the nearest one
   * when it looks like a typo.
   */
  suggest(written: string): string | undefined {
    const cls = lexiconClass(written);
    if (this.configured && cls !== 'other') {
      const same = this.allowed.filter((w) => lexiconClass(w) === cls);
      if (same.length === 1) return same[0];
    }
    const want = written.toLowerCase();
    const max = want.length < 4 ? 1 : Math.max(2, Math.floor(want.length / 3));
    let best: { word: string; d: number } | undefined;
    for (const word of this.suggestions) {
      const d = editDistance(want, word.toLowerCase(), max);
      if (d >= 0 && (!best || d < best.d)) best = { word, d };
    }
    return best?.word;
  }
}

let cached: { config: RfcAuthorConfig; template: TaskTemplateModel; rfc: StatusVocabulary; vocabulary: TaskStatusVocabulary } | undefined;

/** The task vocabulary of a configuration (the last one is kept: it is the same for every task of a run). */
export function taskStatusVocabulary(config: RfcAuthorConfig, template: TaskTemplateModel, rfc: StatusVocabulary): TaskStatusVocabulary {
  if (cached?.config !== config || cached.template !== template || cached.rfc !== rfc) {
    cached = { config, template, rfc, vocabulary: new TaskStatusVocabulary(config, template, rfc) };
  }
  return cached.vocabulary;
}
