import { localityCount, type ReportSelection } from './reportSelection';
import type { CatalogueInput, LessonRef, ReportHeader } from './reportTypes';

/** The part every audience's report starts with: what it covers and what it does not. */
export function reportHeader(input: CatalogueInput, selection: ReportSelection, reported: readonly LessonRef[], entryIds: string[]): ReportHeader {
  return {
    title: input.title,
    generatedOn: input.today,
    audience: selection.audience,
    filters: selection.filters,
    totals: { ...selection.totals, lessons: reported.length, localities: localityCount(reported) },
    entryIds,
  };
}
