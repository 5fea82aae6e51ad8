import type { BacklogStage, CuratorsReport } from '../../engine/report/curatorsReport';
import { plural, STAGE_LABELS } from './text';

/**
 * The curators' report's own sentences, shared by Markdown and HTML. Plain text with
 * backticks for names in learn-once.yaml: the HTML rendering turns those into code.
 */
export const NO_CURATORS = 'This workspace names no curators (`curators:` in learn-once.yaml), so no review is asked for.';
export const REVIEW_INTRO = 'A curated or communicated lesson needs a review by a curator: `reviewed_by` (one of the curators) and `reviewed_on`.';
export const NOTHING_WAITING = "Every curated and communicated lesson has a curator's review.";
export const NO_CLUSTERS = 'No similar lessons are left unlinked or outside a shared theme.';
export const NO_TOPIC_LIST = 'This workspace has no topic list (`topics:` in learn-once.yaml), so every topic is accepted.';
export const ALL_TOPICS_LISTED = "Every topic is in the workspace's topic list.";
export const UNKNOWN_TOPICS_INTRO =
  "Topics outside the workspace's topic list (`topics:` in learn-once.yaml), most used first: add each to the list, or change its lessons to the nearest listed term.";

export function clustersIntro(groups: number): string {
  return `${plural(groups, 'group')}, strongest first. Each holds lessons that read alike but neither link to each other with \`adoption\` or \`related\` nor share a theme. Link them, collate them in a theme, or merge the work.`;
}

/** "Captured (8)"; lessons with no valid stage are "No valid stage (1)". */
export function backlogHeading(stage: BacklogStage): string {
  return `${stage.stage ? STAGE_LABELS[stage.stage] : 'No valid stage'} (${stage.lessons.length})`;
}

/** "33 lessons from 7 localities: 27 not yet communicated, 3 waiting for review, …" */
export function curatorsLede(report: CuratorsReport): string {
  const backlog = report.backlog.reduce((sum, stage) => sum + stage.lessons.length, 0);
  const parts = [`${backlog} not yet communicated`, `${report.review.waiting.length} waiting for review`];
  if (report.unlinkedClusters) parts.push(`${plural(report.unlinkedClusters.length, 'group')} of similar lessons not yet linked or themed`);
  parts.push(plural(report.unknownTopics.topics.length, 'unknown topic'));
  return `${plural(report.totals.lessons, 'lesson')} from ${plural(report.totals.localities, 'locality', 'localities')}: ${parts.join(', ')}.`;
}
