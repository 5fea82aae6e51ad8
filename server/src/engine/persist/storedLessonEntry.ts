import type { LessonEntry, LessonLinks } from '../index/LessonIndex';
import type { LessonFacts } from '../lesson/lessonModel';
import type { Problem } from '../problem';
import { readStoredFacts } from './packedLesson';
import type { StoredLesson } from './persistedIndexFormat';

/**
 * An index entry for a lesson reused from the saved index. The index links it by the id
 * and references read with its record; its other facts are read from the saved bytes the
 * first time anything asks (the similarity engine does, in slices, after the scan), and
 * the bytes are let go then.
 */
export class StoredLessonEntry implements LessonEntry {
  readonly problems: Problem[];
  private stored: StoredLesson | undefined;
  private read: LessonFacts | undefined;

  /**
   * `unreadable` gives the facts another way (from the file itself) should the saved ones not
   * parse; the index's checksum makes that a fault of the writer, never of the disk.
   */
  constructor(
    readonly uri: string,
    stored: StoredLesson,
    private readonly unreadable: () => LessonFacts,
  ) {
    this.stored = stored;
    this.problems = stored.problems;
  }

  /** The record's id and references until the facts are read, then the facts' own (the same). */
  get links(): LessonLinks {
    return this.read ?? this.stored ?? this.facts;
  }

  get facts(): LessonFacts {
    if (!this.read) {
      this.read = (this.stored && readStoredFacts(this.stored)) ?? this.unreadable();
      this.stored = undefined;
    }
    return this.read;
  }

  /** Reads the facts now, if they are not read yet. */
  readFacts(): void {
    void this.facts;
  }

  /** Whether the facts have been read yet. */
  get factsRead(): boolean {
    return this.read !== undefined;
  }
}
