import { isCalendarDate } from '../text/calendarDate';
import { isStage, type LessonFacts } from '../lesson/lessonModel';
import { type Stage } from '../../../../shared/stages';

/** Which lessons a search may return. Each filter given must hold; within one, any value may. */
export interface SearchFilters {
  /** Locality names, aliases or as written (any case). */
  localities?: readonly string[];
  stages?: readonly string[];
  /** Topics (any case). */
  topics?: readonly string[];
  /** On or after, YYYY-MM-DD. */
  from?: string;
  /** On or before, YYYY-MM-DD. */
  to?: string;
}

/** Why filters cannot be used, in a sentence, or undefined when they are fine. */
export function filtersProblem(filters: SearchFilters): string | undefined {
  for (const stage of filters.stages ?? []) {
    if (!isStage(stage)) return `"${stage}" is not a stage: use captured, collated, organised, curated or communicated.`;
  }
  for (const [name, day] of [
    ['from', filters.from],
    ['to', filters.to],
  ] as const) {
    if (day !== undefined && !isCalendarDate(day)) return `The ${name} date "${day}" is not a real date written YYYY-MM-DD.`;
  }
  return undefined;
}

/**
 * Whether a lesson passes the filters. `canonicalLocality` turns a written locality (the
 * lesson's or a filter's) into the name it stands for, so an alias finds its locality.
 */
export function passesFilters(facts: LessonFacts, filters: SearchFilters, canonicalLocality: (written: string) => string): boolean {
  if (filters.stages && filters.stages.length > 0 && !(facts.stage !== undefined && filters.stages.includes(facts.stage as Stage))) return false;
  if (filters.localities && filters.localities.length > 0) {
    if (!facts.locality) return false;
    const mine = canonicalLocality(facts.locality).toLowerCase();
    if (!filters.localities.some((wanted) => canonicalLocality(wanted).toLowerCase() === mine)) return false;
  }
  if (filters.topics && filters.topics.length > 0) {
    const mine = new Set(facts.topics.map((topic) => topic.trim().toLowerCase()));
    if (!filters.topics.some((topic) => mine.has(topic.trim().toLowerCase()))) return false;
  }
  if (filters.from !== undefined || filters.to !== undefined) {
    // A lesson with no date cannot be shown to fall in a range.
    if (!facts.date) return false;
    if (filters.from !== undefined && facts.date < filters.from) return false;
    if (filters.to !== undefined && facts.date > filters.to) return false;
  }
  return true;
}

export function hasFilters(filters: SearchFilters): boolean {
  return (
    [filters.localities, filters.stages, filters.topics].some((list) => list !== undefined && list.length > 0) ||
    filters.from !== undefined ||
    filters.to !== undefined
  );
}
