import type { InverseDocumentFrequency } from './inverseDocumentFrequency';
import type { NeighbourhoodIdf } from './neighbourhoodIdf';

/**
 * The IDF a query is scored with: the corpus's IDF times the query's neighbourhood factor
 * (see NeighbourhoodIdf), as one table by term id, so the scoring loop reads one array.
 *
 * Most terms are held by no neighbour, and their factor is the same for every query with a
 * full neighbourhood; so the table holds that for every term, is built again only when the
 * index or that factor changes, and a query rewrites just its neighbours' terms, putting
 * them back when it ends.
 */
export class QueryIdf {
  /** By term id, for every id below the dictionary size given to start: the IDF to weigh the term with. */
  table = new Float64Array(0);
  private builtAt = -1;
  private builtWith = Number.NaN;
  private neighbourhood: NeighbourhoodIdf | undefined;

  constructor(private readonly global: InverseDocumentFrequency) {}

  /** Sets the table for a query whose neighbourhood is in use; call end() when the query is done. */
  start(neighbourhood: NeighbourhoodIdf, dictionarySize: number): void {
    this.neighbourhood = neighbourhood;
    const unheld = neighbourhood.unheldFactor;
    if (this.builtAt !== this.global.version || this.builtWith !== unheld || this.table.length < dictionarySize) {
      if (this.table.length < dictionarySize) this.table = new Float64Array(dictionarySize);
      for (let id = 0; id < this.table.length; id++) this.table[id] = this.global.of(id) * unheld;
      this.builtAt = this.global.version;
      this.builtWith = unheld;
    }
    for (const id of neighbourhood.heldTerms) if (id < this.table.length) this.table[id] = this.global.of(id) * neighbourhood.factor(id);
  }

  /** The IDF of any term, including one past the table (a word only the query holds). */
  of(id: number): number {
    if (id < this.table.length) return this.table[id]!;
    return this.global.of(id) * (this.neighbourhood?.factor(id) ?? 1);
  }

  /** Puts back the neighbours' terms, which the next query may not share. */
  end(): void {
    const neighbourhood = this.neighbourhood;
    if (neighbourhood === undefined) return;
    for (const id of neighbourhood.heldTerms) if (id < this.table.length) this.table[id] = this.global.of(id) * this.builtWith;
    this.neighbourhood = undefined;
  }
}
