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

/** Why lessons were left out of a report, with how many for each reason. */
export interface LeftOut {
  /** Above the audience's sensitivity level. */
  sensitivity: number;
  /** Holding an NHS number: never in any report until it is removed. */
  nhsNumber: number;
}
