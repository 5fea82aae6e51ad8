import type { LessonIndex } from '../index/LessonIndex';
import type { Problem, Severity } from '../problem';
import { engineQueryFor, findSimilarLessons, similarLessonProblem, type EngineQuery, type SimilarLesson, type SimilarQuery } from './findSimilarLessons';
import { DEFAULT_HINT_CONFIDENCE } from './hintModel';
import type { SimilarityIndex } from './similarityIndex';

/**
 * When a match is worth a hint. By default, when it is likely the same lesson
 * (calibrated: it stands out from the lesson's own neighbours, which means the same in
 * any workspace). A fixed score threshold, set by a person, replaces that.
 */
export type HintRule = { kind: 'calibrated'; minConfidence: number } | { kind: 'fixed'; minScore: number };

export const CALIBRATED_HINTS: HintRule = { kind: 'calibrated', minConfidence: DEFAULT_HINT_CONFIDENCE };

/** The rule for a lesson: the editor setting, else its folder's learn-once.yaml, else calibrated. */
export function hintRule(...thresholds: (number | undefined)[]): HintRule {
  const threshold = thresholds.find((value) => value !== undefined);
  return threshold === undefined ? CALIBRATED_HINTS : { kind: 'fixed', minScore: threshold };
}

export function isHinted(match: { score: number; confidence: number }, rule: HintRule): boolean {
  return rule.kind === 'fixed' ? match.score >= rule.minScore : match.confidence >= rule.minConfidence;
}

/** "likely the same lesson (calibrated)" or "score ≥ 0.35", for messages and help. */
export function describeHintRule(rule: HintRule): string {
  return rule.kind === 'fixed' ? `score at or above ${rule.minScore}` : 'likely the same lesson (calibrated to the workspace)';
}

export interface HintSettings {
  rule: HintRule;
  /** Most lessons one hint names. */
  maxResults: number;
  severity: Severity | 'off';
}

/**
 * The query behind a hint: the best few that pass the rule, leaving out the lessons the lesson
 * is already linked to either way (their similarity is known). The editor,
 * `learn-once check --similar`, `learn-once similar --hints` and the report all rank with it.
 */
export function hintQuery({ rule, maxResults }: Pick<HintSettings, 'rule' | 'maxResults'>): SimilarQuery {
  return {
    top: maxResults,
    excludeLinked: true,
    minScore: rule.kind === 'fixed' ? rule.minScore : undefined,
    minConfidence: rule.kind === 'calibrated' ? rule.minConfidence : undefined,
  };
}

/** The editor's defaults (learnOnce.similarLessons.*), which the command line follows too. */
export const DEFAULT_HINT_SETTINGS: Readonly<{ maxResults: number; severity: HintSettings['severity'] }> = { maxResults: 3, severity: 'information' };

/** A lesson's similar-lesson hint, if any, with the lessons it names; `find` ranks by the hint's query (here, or taken from the ranking thread). */
export function similarLessonHint(
  index: LessonIndex,
  similarity: SimilarityIndex,
  uri: string,
  settings: HintSettings,
  find: (query: SimilarQuery) => SimilarLesson[] = (query) => findSimilarLessons(index, similarity, uri, query),
): { problem?: Problem; matches: SimilarLesson[] } {
  const entry = index.get(uri);
  if (!entry || settings.severity === 'off' || !similarity.has(uri)) return { matches: [] };
  const matches = find(hintQuery(settings));
  return { problem: similarLessonProblem(entry.facts, matches, settings.severity), matches };
}

/** The engine's query behind a lesson's hint (see engineQueryFor); undefined when the lesson gets no hint whatever it resembles. */
export function hintEngineQuery(index: LessonIndex, similarity: SimilarityIndex, uri: string, settings: HintSettings): EngineQuery | undefined {
  return settings.severity === 'off' ? undefined : engineQueryFor(index, similarity, uri, hintQuery(settings));
}
