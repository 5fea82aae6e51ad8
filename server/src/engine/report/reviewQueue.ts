import type { WorkspaceConfig } from '../config/workspaceConfig';
import { findCurator, hasValidReview, needsReview } from '../review/curatorReview';
import type { LessonRef, ReportLesson } from './reportTypes';

/** What a lesson's review lacks. */
export type ReviewGap = { kind: 'no-reviewer' } | { kind: 'not-a-curator'; reviewer: string } | { kind: 'no-date' };

export interface WaitingForReview {
  lesson: LessonRef;
  gaps: ReviewGap[];
}

export interface ReviewQueue {
  /** The curators learn-once.yaml names; with none, no review is asked for and nothing waits. */
  curators: readonly string[];
  /** Curated and communicated lessons without a review the review rule accepts, stage (communicated first: already shared) then id. */
  waiting: WaitingForReview[];
}

/**
 * The lessons that went to readers elsewhere without a curator's review: the same test as
 * the `review-required` rule (needsReview, hasValidReview), with what each lacks.
 */
export function reviewQueue(lessons: readonly ReportLesson[], config: WorkspaceConfig): ReviewQueue {
  const waiting: WaitingForReview[] = [];
  for (const { ref, facts } of lessons) {
    if (!facts.stage || !needsReview(facts.stage, config) || hasValidReview(facts, config)) continue;
    const reviewer = facts.reviewedBy?.trim() ?? '';
    const gaps: ReviewGap[] = [];
    if (!reviewer) gaps.push({ kind: 'no-reviewer' });
    else if (!findCurator(config, reviewer)) gaps.push({ kind: 'not-a-curator', reviewer });
    if (!facts.reviewedOn?.trim()) gaps.push({ kind: 'no-date' });
    waiting.push({ lesson: ref, gaps });
  }
  const rank = (lesson: LessonRef): number => (lesson.stage === 'communicated' ? 0 : 1);
  waiting.sort((a, b) => rank(a.lesson) - rank(b.lesson));
  return { curators: config.curators, waiting };
}
