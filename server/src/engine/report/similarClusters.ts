import { byId, compareText } from './lessonRefs';
import type { LessonRef, SimilarPair } from './reportTypes';

/** Lessons that read alike and are not yet linked or themed together. */
export interface SimilarCluster {
  lessons: LessonRef[];
  localities: string[];
  /** The highest score between two lessons of the cluster. */
  bestScore: number;
}

/**
 * Groups of lessons in which every two are a similar pair (complete linkage), built from
 * the strongest pairs down. Joining on any single pair instead would chain a large
 * catalogue into one meaningless group through lessons that each resemble the next.
 * Strongest groups first; lessons the report does not list are ignored.
 */
export function similarClusters(pairs: readonly SimilarPair[], byUri: ReadonlyMap<string, LessonRef>): SimilarCluster[] {
  const key = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  const kept = pairs.filter((pair) => pair.a !== pair.b && byUri.has(pair.a) && byUri.has(pair.b));
  const scoreOf = new Map(kept.map((pair) => [key(pair.a, pair.b), pair.score]));
  const strongestFirst = [...kept].sort((x, y) => y.score - x.score || compareText(key(x.a, x.b), key(y.a, y.b)));
  const groupOf = new Map<string, { members: string[]; bestScore: number }>();
  const allPaired = (members: readonly string[], others: readonly string[]): boolean => members.every((a) => others.every((b) => scoreOf.has(key(a, b))));
  for (const pair of strongestFirst) {
    const ga = groupOf.get(pair.a);
    const gb = groupOf.get(pair.b);
    if (ga && ga === gb) continue;
    if (!ga && !gb) {
      const group = { members: [pair.a, pair.b], bestScore: pair.score };
      groupOf.set(pair.a, group);
      groupOf.set(pair.b, group);
    } else if (ga && gb) {
      if (!allPaired(ga.members, gb.members)) continue;
      for (const uri of gb.members) groupOf.set(uri, ga);
      ga.members.push(...gb.members);
      ga.bestScore = Math.max(ga.bestScore, gb.bestScore);
    } else {
      const group = (ga ?? gb)!;
      const newcomer = ga ? pair.b : pair.a;
      if (!allPaired(group.members, [newcomer])) continue;
      group.members.push(newcomer);
      groupOf.set(newcomer, group);
    }
  }
  // A cluster holds at least the two lessons of the pair that began it, so each has a first lesson.
  const byFirstLesson = (a: SimilarCluster, b: SimilarCluster): number => byId(a.lessons[0]!, b.lessons[0]!);
  return [...new Set(groupOf.values())]
    .map((group) => {
      const lessons = group.members.map((uri) => byUri.get(uri)!).sort(byId);
      return { lessons, localities: [...new Set(lessons.map((lesson) => lesson.locality))].sort((a, b) => a.localeCompare(b)), bestScore: group.bestScore };
    })
    .sort((a, b) => b.bestScore - a.bestScore || b.lessons.length - a.lessons.length || byFirstLesson(a, b));
}
