import type { WorkspaceConfig } from '../config/workspaceConfig';
import { stageIndex } from '../lesson/lessonModel';
import { type Stage } from '../../../../shared/stages';

/** The first stage at which a lesson goes to readers elsewhere, and so needs a curator's review. */
export const REVIEW_REQUIRED_FROM: Stage = 'curated';

/** Whether a lesson at this stage needs a review, in a workspace that names curators. */
export function needsReview(stage: Stage, config: WorkspaceConfig): boolean {
  return config.curators.length > 0 && stageIndex(stage) >= stageIndex(REVIEW_REQUIRED_FROM);
}

/** The curator a written name stands for, ignoring case and surrounding spaces. */
export function findCurator(config: WorkspaceConfig, name: string): string | undefined {
  const wanted = name.trim().toLowerCase();
  return wanted ? config.curators.find((curator) => curator.trim().toLowerCase() === wanted) : undefined;
}

/**
 * A review the review rule accepts: a reviewer who is one of the curators and a review
 * date (whether that date is a real one in the past is the date rule's to say).
 */
export function hasValidReview(review: { reviewedBy?: string; reviewedOn?: string }, config: WorkspaceConfig): boolean {
  return findCurator(config, review.reviewedBy ?? '') !== undefined && (review.reviewedOn ?? '').trim() !== '';
}
