import * as assert from 'node:assert/strict';
import { HINT_MODEL, hintConfidence, hintInputs, type HintSignals } from '../../../../server/src/engine/similarity/hintModel';
import { InverseDocumentFrequency } from '../../../../server/src/engine/similarity/inverseDocumentFrequency';
import { NeighbourhoodIdf } from '../../../../server/src/engine/similarity/neighbourhoodIdf';
import { QueryIdf } from '../../../../server/src/engine/similarity/queryIdf';
import { ScatteredQuery } from '../../../../server/src/engine/similarity/scatteredQuery';
import { similarityFeatures } from '../../../../server/src/engine/similarity/similarityFeatures';
import { TermArena } from '../../../../server/src/engine/similarity/termArena';
import { TermDictionary } from '../../../../server/src/engine/similarity/termDictionary';
import { dampen, sublinear, weighVector } from '../../../../server/src/engine/similarity/weightedVector';

/** A small deterministic generator, so the vectors are varied but the test is repeatable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Sorted distinct term ids below `terms`, with field-weighted counts. */
function vector(next: () => number, terms: number): { ids: Int32Array; counts: Float64Array } {
  const ids = [...new Set(Array.from({ length: 5 + Math.floor(next() * 30) }, () => Math.floor(next() * terms)))].sort((a, b) => a - b);
  return { ids: Int32Array.from(ids), counts: Float64Array.from(ids, () => 0.5 * (1 + Math.floor(next() * 8))) };
}

/** The features as a merge over both sorted term lists computes them: the reference the scoring loop must equal exactly. */
function mergedFeatures(
  query: { ids: Int32Array; weights: Float64Array; norm: number; total: number },
  candidate: { ids: Int32Array; counts: Float64Array },
  idf: (id: number) => number,
): { cosine: number; overlap: number } {
  let dot = 0;
  let minSum = 0;
  let squares = 0;
  let total = 0;
  let i = 0;
  for (let j = 0; j < candidate.ids.length; j++) {
    const id = candidate.ids[j]!;
    const weight = sublinear(candidate.counts[j]!) * idf(id);
    squares += weight * weight;
    total += weight;
    while (i < query.ids.length && query.ids[i]! < id) i++;
    if (i < query.ids.length && query.ids[i] === id) {
      dot += query.weights[i]! * weight;
      minSum += Math.min(query.weights[i]!, weight);
    }
  }
  if (query.norm === 0 || squares === 0) return { cosine: 0, overlap: 0 };
  const smaller = Math.min(query.total, total);
  return { cosine: Math.min(1, dot / (query.norm * Math.sqrt(squares))), overlap: smaller === 0 ? 0 : Math.min(1, minSum / smaller) };
}

describe('similarity: scoring loops', () => {
  it('gives exactly the features of a merge over both term lists', () => {
    const terms = 300;
    const next = random(7);
    const dictionary = new TermDictionary();
    for (let id = 0; id < terms; id++) dictionary.intern(`t${id}`);
    const lessons = Array.from({ length: 40 }, () => vector(next, terms));
    for (const lesson of lessons) dictionary.addDocument(lesson.ids);
    const global = new InverseDocumentFrequency(dictionary);
    global.changed(lessons.length);
    const arena = new TermArena();
    lessons.forEach((lesson, slot) => arena.set(slot, lesson.ids, dampen(lesson.counts)));
    const neighbourhood = new NeighbourhoodIdf(0.5);
    const idf = new QueryIdf(global);
    const scattered = new ScatteredQuery();
    for (let q = 0; q < 10; q++) {
      const query = lessons[q]!;
      neighbourhood.use(
        lessons.slice(q + 1, q + 6).map((lesson) => lesson.ids),
        dictionary.size,
      );
      idf.start(neighbourhood, dictionary.size);
      const weighted = weighVector(query.ids, dampen(query.counts), idf);
      scattered.scatter(weighted, dictionary.size);
      for (let slot = 0; slot < lessons.length; slot++) {
        const expected = mergedFeatures(weighted, lessons[slot]!, (id) => global.of(id) * neighbourhood.factor(id));
        assert.deepEqual(similarityFeatures(scattered, arena, slot, idf), expected, `query ${q}, candidate ${slot}`);
      }
      scattered.clear();
      idf.end();
      neighbourhood.release();
    }
  });

  it('gives the hint confidence of the weighted inputs the model is fitted on, exactly', () => {
    const cases: HintSignals[] = [
      { score: 0.52, background: 0.11, cosine: 0.4, overlap: 0.63, margin: 0.2 },
      { score: 0.2, background: 0.08, cosine: 0.1, overlap: 0.3, margin: 0.01 },
      { score: 0.00001, background: 0.5, cosine: 0, overlap: 0, margin: 0 },
      { score: 1, background: 0.08, cosine: 1, overlap: 1, margin: 1 },
    ];
    for (const signals of cases) {
      const inputs = hintInputs(signals);
      let z: number = HINT_MODEL.bias;
      for (const name of Object.keys(inputs) as (keyof typeof inputs)[]) z += HINT_MODEL[name] * inputs[name];
      assert.equal(hintConfidence(signals), 1 / (1 + Math.exp(-z)), JSON.stringify(signals));
    }
  });
});
