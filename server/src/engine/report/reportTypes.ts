import type { WorkspaceConfig } from '../config/workspaceConfig';
import type { LessonFacts } from '../lesson/lessonModel';
import type { Stage } from '../../../../shared/stages';
import type { LeftOut, ReportAudience } from './reportAudience';
import type { AppliedFilters, ReportFilters } from './reportFilters';

/** A lesson as a report names it. */
export interface LessonRef {
  id: string;
  uri: string;
  title?: string;
  /** The locality's name as configured, or as written when the workspace does not know it. */
  locality: string;
  stage?: Stage;
  /** YYYY-MM-DD as written. */
  date?: string;
}

/** A lesson the report may show, with what it says. */
export interface ReportLesson {
  ref: LessonRef;
  facts: LessonFacts;
}

/** Two lessons the similarity engine found alike that are not linked by adoption, related or a theme. */
export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

/** What every report is built from. */
export interface CatalogueInput {
  title: string;
  lessons: Iterable<{ uri: string; facts: LessonFacts }>;
  config: WorkspaceConfig;
  /** YYYY-MM-DD */
  today: string;
  /** Unlinked, unthemed similar pairs by uri (curators' report); leave out when similarity was not computed. */
  similarPairs?: readonly SimilarPair[];
  /** Who the report is for (default: readers). */
  audience?: ReportAudience;
  /** Lessons never to report, e.g. those holding an NHS number, by uri. */
  withheld?: ReadonlySet<string>;
  /** Which lessons to report on; none given, every lesson the audience may see. */
  filters?: ReportFilters;
}

/** How many lessons the report covers and how many it does not, by reason. */
export interface ReportTotals {
  /** Lessons in the report. */
  lessons: number;
  /** Localities with at least one lesson in the report. */
  localities: number;
  /** Files in the index that could not be read as a lesson (no id): they are in no count. */
  notRead: number;
  /** Lessons that do not match the filters. Not "left out": the reader asked for them to go. */
  filteredOut: number;
  /** Lessons the report would otherwise hold but leaves out on purpose, by reason; none is named. */
  leftOut: LeftOut;
}

/** What every audience's report starts with. */
export interface ReportHeader {
  /** The workspace's name, e.g. its folder's. */
  title: string;
  /** YYYY-MM-DD */
  generatedOn: string;
  audience: ReportAudience;
  /** The filters applied, as the report states them; empty lists when none. */
  filters: AppliedFilters;
  totals: ReportTotals;
  /**
   * The ids that have an entry in the report, in the report's order: every mention of one
   * of them links to its entry. The first lesson with an id gets it when two share one.
   */
  entryIds: string[];
}
