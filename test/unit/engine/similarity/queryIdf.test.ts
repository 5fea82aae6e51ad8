import * as assert from 'node:assert/strict';
import { InverseDocumentFrequency } from '../../../../server/src/engine/similarity/inverseDocumentFrequency';
import { NeighbourhoodIdf } from '../../../../server/src/engine/similarity/neighbourhoodIdf';
import { QueryIdf } from '../../../../server/src/engine/similarity/queryIdf';
import { TermDictionary } from '../../../../server/src/engine/similarity/termDictionary';

/** A dictionary of `terms` terms, term i held by i + 1 of `documents` lessons (capped). */
function corpus(terms: number, documents: number): { dictionary: TermDictionary; idf: InverseDocumentFrequency } {
  const dictionary = new TermDictionary();
  for (let id = 0; id < terms; id++) dictionary.intern(`t${id}`);
  const idf = new InverseDocumentFrequency(dictionary);
  for (let lesson = 0; lesson < documents; lesson++) {
    dictionary.addDocument(Int32Array.from({ length: terms }, (_, id) => id).filter((id) => lesson <= id));
  }
  idf.changed(documents);
  return { dictionary, idf };
}

/** What the table must hold: the corpus's IDF times the neighbourhood's factor, term by term. */
function expectedTable(idf: InverseDocumentFrequency, neighbourhood: NeighbourhoodIdf, size: number): number[] {
  return Array.from({ length: size }, (_, id) => idf.of(id) * neighbourhood.factor(id));
}

/**
 * One query's turn, as the similarity index takes it: the neighbourhood's terms in, the table
 * made (and checked against expectedTable when asked), then both let go for the next query.
 */
function queryTurn(
  table: QueryIdf,
  neighbourhood: NeighbourhoodIdf,
  idf: InverseDocumentFrequency,
  dictionary: TermDictionary,
  terms: Int32Array[],
  check: boolean,
): void {
  neighbourhood.use(terms, dictionary.size);
  table.start(neighbourhood, dictionary.size);
  if (check) assert.deepEqual([...table.table.subarray(0, dictionary.size)], expectedTable(idf, neighbourhood, dictionary.size));
  table.end();
  neighbourhood.release();
}

describe('similarity: query IDF', () => {
  it('holds for every term the corpus IDF times the neighbourhood factor of the query', () => {
    const { dictionary, idf } = corpus(12, 8);
    const neighbourhood = new NeighbourhoodIdf(0.5);
    const table = new QueryIdf(idf);
    neighbourhood.use([Int32Array.of(1, 2, 3), Int32Array.of(2, 3)], dictionary.size);
    table.start(neighbourhood, dictionary.size);
    assert.deepEqual([...table.table.subarray(0, dictionary.size)], expectedTable(idf, neighbourhood, dictionary.size));
    assert.equal(table.of(3), idf.of(3) * neighbourhood.factor(3));
    assert.equal(table.of(40), idf.of(40) * neighbourhood.factor(40), 'a term past the table, only the query holds');
    table.end();
    neighbourhood.release();
  });

  it('keeps nothing of one query neighbourhood in the next', () => {
    const { dictionary, idf } = corpus(12, 8);
    const neighbourhood = new NeighbourhoodIdf(0.5);
    const table = new QueryIdf(idf);
    queryTurn(table, neighbourhood, idf, dictionary, [Int32Array.of(1, 2, 3), Int32Array.of(2, 3)], false);
    queryTurn(table, neighbourhood, idf, dictionary, [Int32Array.of(7, 8), Int32Array.of(8, 9)], true);
  });

  it('follows the index when it changes', () => {
    const { dictionary, idf } = corpus(12, 8);
    const neighbourhood = new NeighbourhoodIdf(0.5);
    const table = new QueryIdf(idf);
    queryTurn(table, neighbourhood, idf, dictionary, [Int32Array.of(1, 2)], false);
    dictionary.addDocument(Int32Array.of(0, 1, 2, 3, 4));
    idf.changed(9);
    queryTurn(table, neighbourhood, idf, dictionary, [Int32Array.of(5, 6)], true);
  });

  it('follows a neighbourhood of another size and a dictionary grown since', () => {
    const { dictionary, idf } = corpus(12, 8);
    const neighbourhood = new NeighbourhoodIdf(0.5);
    const table = new QueryIdf(idf);
    queryTurn(table, neighbourhood, idf, dictionary, [Int32Array.of(1, 2)], false);
    dictionary.intern('new term');
    queryTurn(table, neighbourhood, idf, dictionary, [Int32Array.of(1, 2), Int32Array.of(4), Int32Array.of(4, 5)], true);
  });
});
