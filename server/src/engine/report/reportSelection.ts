import type { LessonFacts } from '../lesson/lessonModel';
import { byId, lessonRef } from './lessonRefs';
import { audienceMaySee, DEFAULT_AUDIENCE, reportsCommunicatedOnly, type LeftOut, type ReportAudience } from './reportAudience';
import { appliedFilters, passesReportFilters, type AppliedFilters } from './reportFilters';
import type { CatalogueInput, LessonRef, ReportLesson, ReportTotals } from './reportTypes';

/** The lessons a report holds, and what it knows of the others. */
export interface ReportSelection {
  audience: ReportAudience;
  filters: AppliedFilters;
  /** The lessons in the report, by id. */
  lessons: ReportLesson[];
  /**
   * Every lesson the audience may see, whatever the filters and its stage, by id: a lesson
   * adopting a reported one is part of its history even when it is not reported itself.
   */
  visible: ReportLesson[];
  totals: Omit<ReportTotals, 'lessons' | 'localities'>;
}

/**
 * Sorts the workspace's lessons into the report or out of it, each for one reason, in this
 * order: not readable as a lesson; not matching the filters; not communicated (readers'
 * and the public's reports only, and not counted: those lessons are simply not what the
 * report is about); holding an NHS number; above the audience's sensitivity. So "left out"
 * counts only lessons the report would otherwise have held.
 */
export function selectLessons(input: CatalogueInput): ReportSelection {
  const audience = input.audience ?? DEFAULT_AUDIENCE;
  const filters = appliedFilters(input.filters, input.config);
  const lessons: ReportLesson[] = [];
  const visible: ReportLesson[] = [];
  const leftOut: LeftOut = { sensitivity: 0, nhsNumber: 0 };
  let notRead = 0;
  let filteredOut = 0;
  for (const { uri, facts } of input.lessons) {
    if (!hasId(facts)) {
      notRead++;
      continue;
    }
    const withheld = input.withheld?.has(uri) === true;
    const maySee = audienceMaySee(audience, facts);
    const lesson: ReportLesson = { ref: lessonRef(uri, facts, input.config), facts };
    if (!withheld && maySee) visible.push(lesson);
    if (!passesReportFilters(facts, filters, input.config)) filteredOut++;
    else if (reportsCommunicatedOnly(audience) && facts.stage !== 'communicated') continue;
    else if (withheld) leftOut.nhsNumber++;
    else if (!maySee) leftOut.sensitivity++;
    else lessons.push(lesson);
  }
  const order = (a: ReportLesson, b: ReportLesson): number => byId(a.ref, b.ref);
  return { audience, filters, lessons: lessons.sort(order), visible: visible.sort(order), totals: { notRead, filteredOut, leftOut } };
}

function hasId(facts: LessonFacts): facts is LessonFacts & { id: string } {
  return typeof facts.id === 'string' && facts.id !== '';
}

/** How many localities the lessons come from. */
export function localityCount(lessons: readonly LessonRef[]): number {
  return new Set(lessons.map((lesson) => lesson.locality)).size;
}
