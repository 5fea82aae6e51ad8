import type { TermDictionary } from './termDictionary';
import { grownFloat64, grownInt32, grownLength } from './growArray';

/**
 * IDF of every term, worked out when asked from the document frequencies the
 * dictionary keeps current, and remembered until the index next changes.
 * A term no indexed lesson holds counts as held by one (the lesson asking about it).
 */
export class InverseDocumentFrequency {
  private cache = new Float64Array(1024);
  private cachedAt = new Int32Array(1024);
  /** Bumped on every change to the index; a cache entry from an older generation is stale. */
  private generation = 1;
  private documents = 0;

  constructor(private readonly dictionary: TermDictionary) {}

  /** Changes whenever any IDF may have: a table built from these IDFs is current while it stays the same. */
  get version(): number {
    return this.generation;
  }

  /** Tells the table the index changed and how many lessons it now holds. */
  changed(documentCount: number): void {
    this.documents = documentCount;
    this.generation++;
  }

  of(id: number): number {
    if (id >= this.cache.length) this.grow(id);
    if (this.cachedAt[id] === this.generation) return this.cache[id]!;
    const n = Math.max(this.documents, 1);
    const df = Math.min(Math.max(this.dictionary.documentFrequency(id), 1), n);
    // BM25's IDF: positive for every df, so a term in every lesson still counts a little.
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    this.cache[id] = idf;
    this.cachedAt[id] = this.generation;
    return idf;
  }

  private grow(id: number): void {
    const length = grownLength(this.cache.length, id);
    this.cache = grownFloat64(this.cache, length);
    this.cachedAt = grownInt32(this.cachedAt, length);
  }
}
