/**
 * Numbers every term the index has seen and keeps its document
 * frequency, so vectors are sorted integer arrays and IDF is always current.
 * Ids are never reused: a term whose lessons are all removed keeps its id with df 0.
 */
export class TermDictionary {
  private readonly idByTerm = new Map<string, number>();
  private readonly terms: string[] = [];
  private df = new Int32Array(1024);

  get size(): number {
    return this.terms.length;
  }

  /** The id of a term, numbering it if new. */
  intern(term: string): number {
    let id = this.idByTerm.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.idByTerm.set(term, id);
      this.terms.push(term);
      if (id >= this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }

  /** The terms numbered from `id` on, in order. */
  termsFrom(id: number): string[] {
    return this.terms.slice(id);
  }

  lookup(term: string): number | undefined {
    return this.idByTerm.get(term);
  }

  /** How many indexed lessons hold the term; 0 for an id the dictionary never gave out. */
  documentFrequency(id: number): number {
    return id < this.terms.length ? this.df[id]! : 0;
  }

  addDocument(ids: Int32Array): void {
    for (const id of ids) this.df[id]! += 1;
  }

  removeDocument(ids: Int32Array): void {
    for (const id of ids) this.df[id]! -= 1;
  }
}
