import { findLessonsByProblem } from '../../server/src/engine/search/findLessonsByProblem';
import type { LessonWorkspace } from '../../server/src/engine/workspace/LessonWorkspace';
import type { ProblemQuery } from './problemQueries';

export interface SearchSplitFigures {
  split: string;
  queries: number;
  /** Share of queries whose first result answers them. */
  first: number;
  /** Share with an answering lesson in the first five. */
  topFive: number;
  /** Mean reciprocal rank of the first answering lesson (0 when none in the first 20). */
  mrr: number;
  /** The queries whose answer is not in the first five, for reading. */
  misses: { id: string; query: string; got: string[] }[];
}

/** Runs each query of a split through the engine's search, as the editor and CLI do, and scores it. */
export function searchFigures(workspace: LessonWorkspace, queries: readonly ProblemQuery[], splitName: string, ids: readonly string[]): SearchSplitFigures {
  const wanted = new Set(ids);
  let first = 0;
  let topFive = 0;
  let reciprocal = 0;
  const misses: SearchSplitFigures['misses'] = [];
  const chosen = queries.filter((query) => wanted.has(query.id));
  for (const query of chosen) {
    const found = findLessonsByProblem(workspace, { query: query.query, top: 20 });
    const got = found.ok ? found.hits.map((hit) => hit.entry.facts.id ?? hit.entry.uri) : [];
    const rank = got.findIndex((id) => query.answers.includes(id));
    if (rank === 0) first++;
    if (rank >= 0 && rank < 5) topFive++;
    else misses.push({ id: query.id, query: query.query, got: got.slice(0, 3) });
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  const n = Math.max(chosen.length, 1);
  return { split: splitName, queries: chosen.length, first: first / n, topFive: topFive / n, mrr: reciprocal / n, misses };
}
