import { URI } from 'vscode-uri';
import { findSimilarLessons, type SimilarLesson, type SimilarQuery } from '../similarity/findSimilarLessons';
import { hintQuery, hintRule } from '../similarity/similarHints';
import type { ThemeIndex } from '../themes/ThemeIndex';
import type { LessonWorkspace } from '../workspace/LessonWorkspace';
import type { SimilarPair } from './reportTypes';

/** How many matches per lesson are followed when grouping duplicates: enough to join a cluster. */
const MATCHES_PER_LESSON = 5;

/** The query each lesson is compared with: its hint's (its folder's hint rule), following a few more matches. */
export function similarPairsQuery(workspace: LessonWorkspace, uri: string): SimilarQuery {
  return hintQuery({ rule: hintRule(workspace.configFor(URI.parse(uri).fsPath).similarity.threshold), maxResults: MATCHES_PER_LESSON });
}

/**
 * Every pair of lessons the similar-lesson hint would name (their folder's hint rule) that
 * do not link to each other (adoption.lesson or related, in either direction) and that no
 * theme collates together: effort that is probably being duplicated, and nobody has said
 * otherwise yet. Each pair once, with the higher of its two scores. Lessons are compared in
 * the index's order, each by `rank` (findSimilarLessons with similarPairsQuery, here or
 * elsewhere).
 */
export function unlinkedSimilarPairs(
  workspace: LessonWorkspace,
  onProgress?: (done: number, total: number) => void,
  rank: (uri: string) => SimilarLesson[] = (uri) => findSimilarLessons(workspace.index, workspace.similarity, uri, similarPairsQuery(workspace, uri)),
): SimilarPair[] {
  const pairs = new Map<string, SimilarPair>();
  const uris = workspace.index.uris();
  const idOf = (uri: string): string | undefined => workspace.index.get(uri)?.facts.id;
  for (const [index, uri] of uris.entries()) {
    onProgress?.(index + 1, uris.length);
    if (!workspace.similarity.has(uri)) continue;
    for (const match of rank(uri)) {
      if (inOneTheme(workspace.themes, idOf(uri), idOf(match.uri))) continue;
      const [a, b] = uri < match.uri ? [uri, match.uri] : [match.uri, uri];
      const key = `${a}\n${b}`;
      const previous = pairs.get(key);
      if (!previous || previous.score < match.score) pairs.set(key, { a, b, score: match.score });
    }
  }
  return [...pairs.values()].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
}

/** Whether one theme names both lessons: collating them is a curator's answer to their likeness. */
function inOneTheme(themes: ThemeIndex, a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || themes.size === 0) return false;
  const themesOfA = new Set(themes.themesOf(a).map((theme) => theme.uri));
  return themes.themesOf(b).some((theme) => themesOfA.has(theme.uri));
}
