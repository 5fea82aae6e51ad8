import type { LessonIndex } from '../index/LessonIndex';
import type { LessonFacts } from '../lesson/lessonModel';
import type { Stage } from '../../../../shared/stages';
import type { Problem, Range, Severity } from '../problem';
import type { LessonText, SimilarityMatch } from './lessonText';
import type { SimilarityIndex } from './similarityIndex';

/** One lesson found similar to another, with what a person needs to judge it. */
export interface SimilarLesson {
  uri: string;
  id?: string;
  title?: string;
  locality?: string;
  stage?: Stage;
  date?: string;
  /** Where to point at in the other lesson: its title, else its first key. */
  range: Range;
  /** In [0,1]. */
  score: number;
  /** In [0,1]: how likely it is the same lesson (see SimilarityMatch.confidence). */
  confidence: number;
}

export interface SimilarQuery {
  top: number;
  /** Leave out matches below this score. */
  minScore?: number;
  /** Leave out matches less likely than this to be the same lesson. */
  minConfidence?: number;
  /** Leave out lessons this one already adopts or relates to, or that adopt or relate to it. */
  excludeLinked?: boolean;
}

/** What the similarity engine reads of a lesson. */
export function lessonTextOf(facts: LessonFacts): LessonText {
  return {
    title: facts.title ?? '',
    good: facts.good,
    not_so_good: facts.not_so_good,
    improvements: facts.improvements,
    topics: facts.topics,
    summary: facts.summary,
  };
}

/**
 * The files already linked to a lesson in either direction: the lessons it names in
 * `adoption.lesson` or `related`, and the lessons that name it. Their similarity is known.
 */
export function linkedUris(index: LessonIndex, facts: LessonFacts, uri?: string): Set<string> {
  const linked = new Set<string>();
  for (const reference of facts.references) for (const entry of index.lessonsWithId(reference.id)) linked.add(entry.uri);
  if (facts.id) for (const site of index.referencesTo(facts.id)) linked.add(site.uri);
  if (uri) linked.delete(uri);
  return linked;
}

/** The engine's matches as a person reads them (id, title, locality…); matches no longer in the index are left out. */
export function describeMatches(index: LessonIndex, matches: readonly SimilarityMatch[]): SimilarLesson[] {
  return matches.flatMap((match) => {
    const entry = index.get(match.key);
    if (!entry) return [];
    const facts = entry.facts;
    return [
      {
        uri: entry.uri,
        id: facts.id,
        title: facts.title,
        locality: facts.locality,
        stage: facts.stage,
        date: facts.date,
        range: facts.titleRange ?? facts.headRange,
        score: match.score,
        confidence: match.confidence,
      },
    ];
  });
}

/** The engine's side of a SimilarQuery for an indexed lesson, excluded lessons by key: what another thread needs to rank it exactly as findSimilarLessons does. */
export interface EngineQuery {
  top: number;
  minScore?: number;
  minConfidence?: number;
  exclude: string[];
}

/** The engine's query behind findSimilarLessons for a lesson; undefined when the index or the engine does not hold it (nothing is similar). */
export function engineQueryFor(index: LessonIndex, similarity: SimilarityIndex, uri: string, query: SimilarQuery): EngineQuery | undefined {
  const entry = index.get(uri);
  if (!entry || !similarity.has(uri)) return undefined;
  const exclude = query.excludeLinked ? [...linkedUris(index, entry.facts, uri)] : [];
  return { top: query.top, minScore: query.minScore, minConfidence: query.minConfidence, exclude };
}

/** Lessons similar to one already in the index, best first. */
export function findSimilarLessons(index: LessonIndex, similarity: SimilarityIndex, uri: string, query: SimilarQuery): SimilarLesson[] {
  const entry = index.get(uri);
  if (!entry) return [];
  const exclude = query.excludeLinked ? linkedUris(index, entry.facts, uri) : undefined;
  return describeMatches(index, similarity.queryByKey(uri, { top: query.top, minScore: query.minScore, minConfidence: query.minConfidence, exclude }));
}

/** Lessons similar to a lesson's facts that are not (or not yet) in the index, e.g. unsaved text. */
export function findSimilarToFacts(
  index: LessonIndex,
  similarity: SimilarityIndex,
  facts: LessonFacts,
  query: SimilarQuery & { selfUri?: string },
): SimilarLesson[] {
  const exclude = query.excludeLinked ? linkedUris(index, facts, query.selfUri) : new Set<string>();
  if (query.selfUri) exclude.add(query.selfUri);
  return describeMatches(
    index,
    similarity.queryText(lessonTextOf(facts), { top: query.top, minScore: query.minScore, minConfidence: query.minConfidence, exclude }),
  );
}

/** "YH-0007 'Data sharing…' (Yorkshire & Humber Care Record, curated, 82% similar)" */
export function describeSimilarLesson(match: SimilarLesson): string {
  const details = [match.locality, match.stage, `${Math.round(match.score * 100)}% similar`].filter(Boolean).join(', ');
  return `${match.id ?? 'a lesson'}${match.title ? ` '${match.title}'` : ''} (${details})`;
}

/**
 * Whether a lesson may record that it reuses another: only a lesson from another
 * locality, written before it. Anything else would record reuse that cannot have happened.
 */
export function canAdopt(facts: LessonFacts, other: SimilarLesson): boolean {
  if (!facts.locality || !other.locality || facts.locality === other.locality) return false;
  return facts.date !== undefined && other.date !== undefined && other.date < facts.date;
}

/**
 * The one similar-lesson hint of a lesson: on its title, naming the best match, with
 * every match as related information and in `data` for the quick fixes. A match in the
 * lesson's own locality is said to be one: a duplicate within one team, not learning
 * from another.
 */
export function similarLessonProblem(facts: LessonFacts, matches: SimilarLesson[], severity: Severity): Problem | undefined {
  const [best, ...others] = matches;
  if (best === undefined) return undefined;
  const more = others.length > 0 ? ` — and ${others.length} more: ${others.map((match) => match.id ?? 'a lesson').join(', ')}` : '';
  const sameLocality = facts.locality !== undefined && best.locality === facts.locality;
  const message = sameLocality
    ? `Similar lesson exists in your own locality: ${describeSimilarLesson(best)}${more}. The same lesson written twice in one team? Merge them or mark them as related.`
    : `Similar lesson exists: ${describeSimilarLesson(best)}${more}. Reuse it instead of writing it twice?`;
  return {
    code: 'similar-lesson',
    severity,
    message,
    range: facts.titleRange ?? facts.headRange,
    related: matches.map((match) => ({ uri: match.uri, range: match.range, message: `Similar: ${describeSimilarLesson(match)}` })),
    data: {
      kind: 'similarLessons',
      matches: matches.map((match) => ({ uri: match.uri, id: match.id, title: match.title, score: match.score, adoptable: canAdopt(facts, match) })),
    },
  };
}
