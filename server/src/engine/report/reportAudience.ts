import { DEFAULT_SENSITIVITY, SENSITIVITIES, type LessonFacts, type Sensitivity } from '../lesson/lessonModel';

/**
 * Who a report is for: the public (a published report), readers in health and care (the
 * default) or the curators of the catalogue. Each sees lessons up to its sensitivity level.
 */
export const REPORT_AUDIENCES = ['public', 'readers', 'curators'] as const;
export type ReportAudience = (typeof REPORT_AUDIENCES)[number];
export const DEFAULT_AUDIENCE: ReportAudience = 'readers';

/** The most sensitive lessons each audience may read. */
const SEES_UP_TO: Record<ReportAudience, Sensitivity> = { public: 'public', readers: 'nhs-only', curators: 'restricted' };

export function audienceMaySee(audience: ReportAudience, facts: Pick<LessonFacts, 'sensitivity'>): boolean {
  return SENSITIVITIES.indexOf(facts.sensitivity ?? DEFAULT_SENSITIVITY) <= SENSITIVITIES.indexOf(SEES_UP_TO[audience]);
}

/**
 * Readers (and the public) get lessons that are finished, curated and shared: a lesson
 * still in the pipeline is the curators' work, not yet something to act on elsewhere.
 */
export function reportsCommunicatedOnly(audience: ReportAudience): boolean {
  return audience !== 'curators';
}

/** Why lessons the report would otherwise hold were left out, with how many for each reason. */
export interface LeftOut {
  /** Above the audience's sensitivity level. */
  sensitivity: number;
  /** Holding an NHS number: never in any report until it is removed. */
  nhsNumber: number;
}
