import { findSimilarLessonsAhead, type RankingAhead } from '../analysis/rankingAhead';
import { engineQueryFor, type SimilarLesson, type SimilarQuery } from '../engine/similarity/findSimilarLessons';
import type { LessonWorkspace } from '../engine/workspace/LessonWorkspace';

/**
 * Similar lessons for every lesson of `uris`, asked for in that order, each with the query
 * `queryFor` gives it: with a ranking thread, the thread ranks them from the end while this
 * thread ranks from the start (see RankingAhead), with exactly the results findSimilarLessons
 * gives here.
 */
export function similarLessonsRanker(
  workspace: LessonWorkspace,
  ranking: RankingAhead | undefined,
  uris: readonly string[],
  queryFor: (uri: string) => SimilarQuery,
): (uri: string) => SimilarLesson[] {
  const { index, similarity } = workspace;
  ranking?.startPass(uris, (uri) => engineQueryFor(index, similarity, uri, queryFor(uri)));
  return (uri) => findSimilarLessonsAhead(ranking, index, similarity, uri, queryFor(uri));
}
