import { InverseDocumentFrequency } from './inverseDocumentFrequency';
import { InvertedIndex } from './invertedIndex';
import { copyLessonText, EMPTY_LESSON_TEXT, type LessonText, type SimilarityMatch, type SimilarityOptions, type SimilarityQuery } from './lessonText';
import type { SimilarityChange } from './similarityChange';
import { lessonTerms, type LessonTerms } from './lessonTerms';
import { lessonVectors, type LessonVectors } from './lessonVectors';
import { NeighbourhoodIdf } from './neighbourhoodIdf';
import { QueryIdf } from './queryIdf';
import { ScatteredQuery } from './scatteredQuery';
import { similarityFeatures } from './similarityFeatures';
import { bestFirst, skippingSlots, type ScoredCandidate } from './scoredCandidate';
import { similarityScore } from './similarityScore';
import { hintConfidence } from './hintModel';
import { backgroundLevel } from './neighbourBackground';
import { SCORING } from './scoringParameters';
import { TermDictionary } from './termDictionary';
import { encodeQueryTerms, encodeTerms } from './termSequence';
import { Thesaurus } from './thesaurus';
import { tokenize } from './tokenize';
import { vectorFromCounts } from './sparseVector';
import { dampen, weighVector } from './weightedVector';
import { RESERVED_POSITIONS_PER_LESSON, TermArena } from './termArena';

interface IndexedLesson {
  readonly key: string;
  readonly text: LessonText;
  readonly vectors: LessonVectors;
}

/**
 * Finds lessons like a given one. Lessons are added, changed and removed one at a
 * time, each touching only its own terms; IDF follows from document frequencies
 * kept current, so nothing is ever rebuilt except when the thesaurus changes.
 */
export class SimilarityIndex {
  private thesaurus: Thesaurus;
  private dictionary = new TermDictionary();
  private idf = new InverseDocumentFrequency(this.dictionary);
  private inverted = new InvertedIndex();
  /** Every lesson's terms with their dampened counts, for the final scoring (see TermArena). */
  private arena = new TermArena();
  private readonly slotByKey = new Map<string, number>();
  private lessons: (IndexedLesson | undefined)[] = [];
  private freeSlots: number[] = [];
  private readonly neighbourhood = new NeighbourhoodIdf(SCORING.neighbourhoodDiscount);
  private readonly scatteredQuery = new ScatteredQuery();
  private queryIdf = new QueryIdf(this.idf);
  /** Told of every change, in order, when a replica follows this index (see SimilarityChange). */
  private changeListener: ((change: SimilarityChange) => void) | undefined;
  private changes = 0;

  constructor(options: SimilarityOptions = {}) {
    this.thesaurus = Thesaurus.withExtraGroups(options.thesaurus ?? []);
  }

  get size(): number {
    return this.slotByKey.size;
  }

  /** How many changes (adds, removals, clearings) the index has had: equal on an index and its replica when they agree. */
  get generation(): number {
    return this.changes;
  }

  /** Whether the index is as a new one is: no lesson added and no term numbered since it was made or last cleared. */
  get pristine(): boolean {
    return this.lessons.length === 0 && this.dictionary.size === 0;
  }

  /** Reports every change from now on, so another index that applies them (see applyChange) ranks exactly as this one. */
  onChange(listener: ((change: SimilarityChange) => void) | undefined): void {
    this.changeListener = listener;
  }

  /**
   * Applies a change reported by the index this one follows, which must have been followed
   * since it was pristine (as this one must be): the terms are numbered in the same order, so every score is the same.
   */
  applyChange(change: SimilarityChange): void {
    if (change.kind === 'clear') return this.clear();
    if (change.kind === 'remove') return this.remove(change.key);
    for (const term of change.newTerms) this.dictionary.intern(term);
    this.insert(change.key, EMPTY_LESSON_TEXT, change.sequence);
  }

  has(key: string): boolean {
    return this.slotByKey.has(key);
  }

  /** Makes room for `lessons` more (see TermArena.reserve), at the positions a lesson takes so far, or a guess for an empty index. */
  reserve(lessons: number): void {
    const perLesson = this.size > 0 ? Math.ceil((1.5 * this.arena.livePositions) / this.size) : RESERVED_POSITIONS_PER_LESSON;
    this.arena.reserve(lessons * perLesson);
  }

  /** Adds a lesson, or replaces what was indexed under the same key. */
  upsert(key: string, text: LessonText): void {
    this.insert(key, copyLessonText(text), this.encode(lessonTerms(text, this.thesaurus)));
  }

  remove(key: string): void {
    if (this.removeSlot(key)) this.changed({ kind: 'remove', key });
  }

  private removeSlot(key: string): boolean {
    const slot = this.slotByKey.get(key);
    if (slot === undefined) return false;
    const lesson = this.lessons[slot]!;
    this.inverted.remove(slot, lesson.vectors.all);
    this.arena.remove(slot);
    this.dictionary.removeDocument(lesson.vectors.all.ids);
    this.lessons[slot] = undefined;
    this.slotByKey.delete(key);
    this.freeSlots.push(slot);
    this.idf.changed(this.size);
    return true;
  }

  private changed(change: SimilarityChange): void {
    this.changes++;
    this.changeListener?.(change);
  }

  /** Ranked matches for a lesson already in the index (itself excluded). */
  queryByKey(key: string, opts: SimilarityQuery): SimilarityMatch[] {
    const slot = this.slotByKey.get(key);
    if (slot === undefined) return [];
    return this.rank(this.lessons[slot]!.vectors, this.arena.countsOf(slot), slot, opts);
  }

  /** Ranked matches for text not in the index (e.g. an unsaved lesson). */
  queryText(text: LessonText, opts: SimilarityQuery): SimilarityMatch[] {
    const vectors = lessonVectors(encodeQueryTerms(lessonTerms(text, this.thesaurus), this.dictionary));
    return this.rank(vectors, dampen(vectors.all.values), undefined, opts);
  }

  /**
   * Lessons holding the terms of a short free-text query (a problem in a person's own
   * words), best first by BM25 over the same field-weighted terms the ranking reads, with
   * the same analysis (stems, thesaurus concepts). `accept` filters by key as the search
   * goes, so a filter never empties a page that matches elsewhere.
   */
  searchText(query: string, opts: { top: number; accept?: (key: string) => boolean }): { key: string; score: number }[] {
    const counts = new Map<number, number>();
    for (const term of tokenize(query, this.thesaurus)) {
      const id = this.dictionary.lookup(term);
      // A word no lesson holds cannot find one; the other words still can.
      if (id !== undefined && this.dictionary.documentFrequency(id) > 0) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    if (counts.size === 0 || opts.top <= 0) return [];
    const accept = opts.accept;
    const scores: number[] = [];
    const slots = this.inverted.candidates(
      vectorFromCounts(counts),
      (id) => this.idf.of(id),
      opts.top,
      (slot) => accept !== undefined && !accept(this.lessons[slot]!.key),
      scores,
    );
    return slots.map((slot, i) => ({ key: this.lessons[slot]!.key, score: scores[i]! }));
  }

  /** The terms of a text as this index reads them (stems, thesaurus concepts), stop words left out. */
  termsOf(text: string): string[] {
    return tokenize(text, this.thesaurus);
  }

  /** How much a term says about which lesson it is (its IDF); 0 for a term no lesson holds. */
  termWeight(term: string): number {
    const id = this.dictionary.lookup(term);
    return id === undefined || this.dictionary.documentFrequency(id) === 0 ? 0 : this.idf.of(id);
  }

  /** The thesaurus the index reads text with (the defaults and the workspace's groups). */
  get vocabulary(): Thesaurus {
    return this.thesaurus;
  }

  /** Config changed: every lesson is tokenised again with the new groups. */
  setThesaurus(extra: string[][]): void {
    const lessons = this.lessons.filter((lesson): lesson is IndexedLesson => lesson !== undefined);
    this.thesaurus = Thesaurus.withExtraGroups(extra);
    this.clear();
    for (const lesson of lessons) this.insert(lesson.key, lesson.text, this.encode(lessonTerms(lesson.text, this.thesaurus)));
  }

  private encode(terms: LessonTerms): Int32Array {
    const known = this.dictionary.size;
    const sequence = Int32Array.from(encodeTerms(terms, (term) => this.dictionary.intern(term)));
    if (this.changeListener) this.newTerms = this.dictionary.termsFrom(known);
    return sequence;
  }

  /** The terms the last encode numbered, for the change it reports. */
  private newTerms: string[] = [];

  /** Indexes a lesson from its term sequence (dictionary ids, see encodeTerms). */
  private insert(key: string, text: LessonText, sequence: Int32Array): void {
    this.removeSlot(key);
    const vectors = lessonVectors(sequence);
    const slot = this.freeSlots.pop() ?? this.lessons.length;
    this.lessons[slot] = { key, text, vectors };
    this.slotByKey.set(key, slot);
    this.dictionary.addDocument(vectors.all.ids);
    this.inverted.add(slot, vectors.all, vectors.length);
    this.arena.set(slot, vectors.all.ids, dampen(vectors.all.values));
    this.idf.changed(this.size);
    this.changes++;
    if (this.changeListener) {
      this.changeListener({ kind: 'upsert', key, sequence, newTerms: this.newTerms });
      this.newTerms = [];
    }
  }

  /** `dampedCounts`: the query's counts dampened (see dampen), in the order of its term ids. */
  private rank(query: LessonVectors, dampedCounts: ArrayLike<number>, self: number | undefined, opts: SimilarityQuery): SimilarityMatch[] {
    const top = Math.max(0, Math.floor(opts.top));
    if (top === 0 || this.size === 0) return [];
    const minScore = opts.minScore ?? 0;
    const minConfidence = opts.minConfidence ?? 0;
    const scored = this.scoreCandidates(query, dampedCounts, self, opts.exclude, top);
    scored.sort(bestFirst);
    const background = backgroundLevel(scored.map((candidate) => candidate.score));
    const matches: SimilarityMatch[] = [];
    for (let rank = 0; rank < scored.length && matches.length < top; rank++) {
      const candidate = scored[rank]!;
      if (candidate.score <= 0 || candidate.score < minScore) continue;
      const margin = candidate.score - (scored[rank + 1]?.score ?? 0);
      const { cosine, overlap } = candidate.features;
      const confidence = hintConfidence({ cosine, overlap, score: candidate.score, background, margin });
      if (confidence < minConfidence) continue;
      matches.push({ key: candidate.key, score: candidate.score, confidence });
    }
    return matches;
  }

  /**
   * Every candidate for the query with its signals and score, unsorted. Excluded
   * lessons are left out of the neighbourhood too, so an unsaved lesson queried with
   * its saved copy excluded scores exactly as the saved copy does.
   */
  private scoreCandidates(
    query: LessonVectors,
    dampedCounts: ArrayLike<number>,
    self: number | undefined,
    exclude: ReadonlySet<string> | undefined,
    top: number,
  ): ScoredCandidate[] {
    const globalIdf = (id: number): number => this.idf.of(id);
    const pool = this.inverted.candidates(query.all, globalIdf, Math.max(SCORING.candidatePool, top), skippingSlots(this.slotByKey, self, exclude));
    const neighbourhood = this.neighbourhood;
    neighbourhood.use(
      pool.slice(0, SCORING.neighbourhood).map((slot) => this.arena.idsOf(slot)),
      this.dictionary.size,
    );
    try {
      const idf = this.queryIdf;
      idf.start(neighbourhood, this.dictionary.size);
      const scattered = this.scatteredQuery;
      scattered.scatter(weighVector(query.all.ids, dampedCounts, idf), this.dictionary.size);
      const scored: ScoredCandidate[] = [];
      for (const slot of pool) {
        const lesson = this.lessons[slot]!;
        const features = similarityFeatures(scattered, this.arena, slot, idf);
        scored.push({ key: lesson.key, features, score: similarityScore(features) });
      }
      return scored;
    } finally {
      this.scatteredQuery.clear();
      this.queryIdf.end();
      neighbourhood.release();
    }
  }

  /**
   * Every candidate for an indexed lesson, best first, with the signals behind its score
   * and the query's background level: what the hint model reads (for fitting it and for diagnosis).
   */
  explainQuery(key: string): { candidates: ScoredCandidate[]; background: number } {
    const slot = this.slotByKey.get(key);
    if (slot === undefined) return { candidates: [], background: backgroundLevel([]) };
    const candidates = this.scoreCandidates(this.lessons[slot]!.vectors, this.arena.countsOf(slot), slot, undefined, SCORING.candidatePool);
    candidates.sort(bestFirst);
    return { candidates, background: backgroundLevel(candidates.map((candidate) => candidate.score)) };
  }

  private clear(): void {
    this.dictionary = new TermDictionary();
    this.idf = new InverseDocumentFrequency(this.dictionary);
    this.queryIdf = new QueryIdf(this.idf);
    this.inverted = new InvertedIndex();
    this.arena = new TermArena();
    this.slotByKey.clear();
    this.lessons = [];
    this.freeSlots = [];
    this.changed({ kind: 'clear' });
  }
}
