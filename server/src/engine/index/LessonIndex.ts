import type { LessonFacts, LessonReference } from '../lesson/lessonModel';
import type { Problem } from '../problem';
import { adoptionProblems } from './adoptionProblems';
import { UrisByKey } from './urisByKey';

/**
 * The facts the index links lessons by, and the few the cross-file rules read: the date and
 * locality an adoption is checked against, and the artefacts the workspace checks on disk.
 */
export type LessonLinks = Pick<LessonFacts, 'id' | 'date' | 'locality' | 'references' | 'artefacts'>;

/** What the index holds for one lesson file: its facts and its single-file problems. */
export interface LessonEntry {
  uri: string;
  /** May be made on first use (a lesson from the saved index reads its facts when asked). */
  readonly facts: LessonFacts;
  problems: Problem[];
  /** The id and references, when they are known without reading `facts`; otherwise taken from `facts`. */
  readonly links?: LessonLinks;
}

/** The id and references of a lesson, read without its other facts where it can. */
function linksOf(entry: LessonEntry): LessonLinks {
  return entry.links ?? entry.facts;
}

export interface ReferenceSite {
  uri: string;
  reference: LessonReference;
}

/**
 * Every lesson in the workspace, by uri, with lookups by id and by referenced id so the
 * cross-file rules (unique ids, references that exist) are answered without a scan and a
 * change tells exactly which other files need their problems republished.
 */
export class LessonIndex {
  private readonly entries = new Map<string, LessonEntry>();
  private readonly holdersOfId = new UrisByKey();
  private readonly referrersToId = new UrisByKey();

  get size(): number {
    return this.entries.size;
  }

  get(uri: string): LessonEntry | undefined {
    return this.entries.get(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  all(): IterableIterator<LessonEntry> {
    return this.entries.values();
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * Adds or replaces a lesson; returns every uri whose problems may have changed, itself included.
   * An edit that keeps the id affects only the other holders of that id (their duplicate-id
   * problem names this lesson's title and range); the lessons that reference the id see no
   * change, so a lesson referenced from thousands of files stays cheap to edit.
   */
  set(entry: LessonEntry): Set<string> {
    const previous = this.entries.get(entry.uri);
    const affected = new Set<string>([entry.uri]);
    const id = linksOf(entry).id;
    const sameId = previous !== undefined && linksOf(previous).id === id;
    this.replace(previous, entry, sameId ? undefined : affected);
    if (sameId && id) for (const uri of this.holdersOfId.uris(id)) affected.add(uri);
    // A lesson others adopt is checked against their date and locality: a change to either changes their problems.
    if (sameId && id && previous && datedOrPlacedDifferently(linksOf(previous), linksOf(entry)))
      for (const uri of this.referrersToId.uris(id)) affected.add(uri);
    return affected;
  }

  /**
   * Adds or replaces a lesson without working out which other files that affects: for a scan,
   * which publishes every file once it is done. The index ends as set() would leave it.
   */
  put(entry: LessonEntry): void {
    this.replace(this.entries.get(entry.uri), entry, undefined);
  }

  /** Puts `entry` in place of `previous` (the entry its uri held, if any); files depending on either id go into `affected` when given. */
  private replace(previous: LessonEntry | undefined, entry: LessonEntry, affected: Set<string> | undefined): void {
    if (previous) this.unlink(previous, affected);
    this.entries.set(entry.uri, entry);
    this.link(entry, affected);
  }

  /** Removes a lesson; returns the uris whose problems may have changed (not the removed one). */
  delete(uri: string): Set<string> {
    const previous = this.entries.get(uri);
    const affected = new Set<string>();
    if (!previous) return affected;
    this.unlink(previous, affected);
    this.entries.delete(uri);
    affected.delete(uri);
    return affected;
  }

  /** The lessons that carry an id (more than one means a duplicate). */
  lessonsWithId(id: string): LessonEntry[] {
    return [...this.holdersOfId.uris(id)].flatMap((uri) => {
      const entry = this.entries.get(uri);
      return entry ? [entry] : [];
    });
  }

  /** Every place in the workspace that adopts or relates to an id. */
  referencesTo(id: string): ReferenceSite[] {
    const sites: ReferenceSite[] = [];
    for (const uri of this.referrersToId.uris(id)) {
      const entry = this.entries.get(uri);
      for (const reference of entry ? linksOf(entry).references : []) if (reference.id === id) sites.push({ uri, reference });
    }
    return sites;
  }

  ids(): string[] {
    return [...this.holdersOfId.keys()];
  }

  /** Single-file problems plus the cross-file ones: duplicate ids and references. Shared with the index: read it, do not change it. */
  problemsFor(uri: string): readonly Problem[] {
    const entry = this.entries.get(uri);
    if (!entry) return [];
    const crossFile = this.crossFileProblems(entry);
    return crossFile.length === 0 ? entry.problems : [...entry.problems, ...crossFile];
  }

  private crossFileProblems(entry: LessonEntry): Problem[] {
    const problems: Problem[] = [];
    const { id, references } = linksOf(entry);
    // Most lessons hold a unique id and name no other: no lists to build for them (nor facts to read).
    const idRange = id && this.holdersOfId.count(id) > 1 ? entry.facts.idRange : undefined;
    if (id && idRange) {
      const others = this.lessonsWithId(id).filter((other) => other.uri !== entry.uri);
      if (others.length > 0) {
        problems.push({
          code: 'duplicate-id',
          severity: 'error',
          message: `id '${id}' is also used by ${others.length === 1 ? 'another lesson' : `${others.length} other lessons`}; each lesson needs its own id.`,
          range: idRange,
          related: others.map((other) => ({
            uri: other.uri,
            range: other.facts.idRange ?? other.facts.headRange,
            message: `'${id}' is also the id of ${other.facts.title ? `'${other.facts.title}'` : 'this lesson'}`,
          })),
        });
      }
    }
    for (const reference of references) {
      const where = reference.kind === 'adoption' ? 'adoption.lesson' : 'related';
      if (id && reference.id === id) {
        problems.push({
          code: 'self-reference',
          severity: 'error',
          message: `${where} names this lesson itself (${id}); name another locality's lesson.`,
          range: reference.range,
        });
      } else if (!this.holdersOfId.has(reference.id)) {
        problems.push({
          code: 'unknown-reference',
          severity: 'error',
          message: `${where} names '${reference.id}', but no lesson in the workspace has that id.`,
          range: reference.range,
        });
      } else if (reference.kind === 'adoption' && this.holdersOfId.count(reference.id) === 1) {
        // An id held twice is a duplicate-id error already: which of the two is adopted is not known.
        const [adopted] = this.lessonsWithId(reference.id);
        if (adopted) problems.push(...adoptionProblems(linksOf(entry), reference, linksOf(adopted)));
      }
    }
    return problems;
  }

  /** Files whose problems depend on the id are added to `affected` when it is given. */
  private link(entry: LessonEntry, affected: Set<string> | undefined): void {
    const { id, references } = linksOf(entry);
    if (id) {
      this.holdersOfId.add(id, entry.uri);
      if (affected) this.collect(id, affected);
    }
    for (const reference of references) this.referrersToId.add(reference.id, entry.uri);
  }

  private unlink(entry: LessonEntry, affected: Set<string> | undefined): void {
    const { id, references } = linksOf(entry);
    if (id) {
      this.holdersOfId.remove(id, entry.uri);
      if (affected) this.collect(id, affected);
    }
    for (const reference of references) this.referrersToId.remove(reference.id, entry.uri);
  }

  /** The files whose cross-file problems depend on an id: its holders and its referrers. */
  private collect(id: string, affected: Set<string>): void {
    for (const uri of this.holdersOfId.uris(id)) affected.add(uri);
    for (const uri of this.referrersToId.uris(id)) affected.add(uri);
  }
}

function datedOrPlacedDifferently(before: LessonLinks, after: LessonLinks): boolean {
  return before.date !== after.date || before.locality !== after.locality;
}
