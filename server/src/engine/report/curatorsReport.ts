import { STAGES, type Stage } from '../../../../shared/stages';
import { compareText, uniqueIds } from './lessonRefs';
import { reportHeader } from './reportHeader';
import type { ReportSelection } from './reportSelection';
import type { CatalogueInput, LessonRef, ReportHeader } from './reportTypes';
import { reviewQueue, type ReviewQueue } from './reviewQueue';
import { similarClusters, type SimilarCluster } from './similarClusters';
import { countByStage, localityRows, type LocalityRow } from './stageCounts';
import { unknownTopics, type UnknownTopics } from './unknownTopics';

/** What the curators of the catalogue act on: the work still to do in the pipeline. */
export interface CuratorsReport extends ReportHeader {
  kind: 'curators';
  stages: readonly Stage[];
  /** Lessons per locality and stage, every stage (communicated too, for the whole picture). */
  localities: LocalityRow[];
  stageTotals: Record<Stage, number>;
  /** The lessons at each stage before communicated, in pipeline order; lessons with no valid stage last. */
  backlog: BacklogStage[];
  review: ReviewQueue;
  /** Groups of similar lessons not linked or themed together, strongest first; undefined when similarity was not computed. */
  unlinkedClusters?: SimilarCluster[];
  unknownTopics: UnknownTopics;
}

export interface BacklogStage {
  /** Undefined for lessons with no valid stage. */
  stage?: Stage;
  /** Oldest first (undated last), then by id: the longest waiting at the top. */
  lessons: LessonRef[];
}

export function buildCuratorsReport(input: CatalogueInput, selection: ReportSelection): CuratorsReport {
  const refs = selection.lessons.map((lesson) => lesson.ref);
  const backlog = backlogStages(refs);
  const review = reviewQueue(selection.lessons, input.config);
  // A lesson has its entry where it is first listed: in the backlog, or (communicated) among those waiting for review.
  const entryIds = uniqueIds([...backlog.flatMap((stage) => stage.lessons), ...review.waiting.map((waiting) => waiting.lesson)]);
  return {
    kind: 'curators',
    ...reportHeader(input, selection, refs, entryIds),
    stages: STAGES,
    localities: localityRows(refs, input.config),
    stageTotals: countByStage(refs),
    backlog,
    review,
    unlinkedClusters: input.similarPairs ? similarClusters(input.similarPairs, new Map(refs.map((ref) => [ref.uri, ref]))) : undefined,
    unknownTopics: unknownTopics(selection.lessons, input.config),
  };
}

function backlogStages(lessons: readonly LessonRef[]): BacklogStage[] {
  const waiting = (stage: Stage | undefined): LessonRef[] => lessons.filter((lesson) => lesson.stage === stage).sort(oldestFirst);
  const stages: BacklogStage[] = STAGES.filter((stage) => stage !== 'communicated').map((stage) => ({ stage, lessons: waiting(stage) }));
  const noStage = waiting(undefined);
  return noStage.length > 0 ? [...stages, { lessons: noStage }] : stages;
}

function oldestFirst(a: LessonRef, b: LessonRef): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return compareText(a.date, b.date);
  }
  return compareText(a.id, b.id) || compareText(a.uri, b.uri);
}
