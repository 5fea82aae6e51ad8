import { findLocalityAsGiven, localityNameFor, type WorkspaceConfig } from '../config/workspaceConfig';
import type { LessonFacts } from '../lesson/lessonModel';
import type { Stage } from '../../../../shared/stages';
import { passesFilters } from '../search/searchFilters';

/**
 * Which lessons a report covers. Each filter given must hold; within one, any value may
 * (as `learn-once search`'s filters, which do the matching).
 */
export interface ReportFilters {
  stages?: readonly Stage[];
  /** Topics, any case. */
  topics?: readonly string[];
  /** Locality names, aliases or id prefixes, any case. */
  localities?: readonly string[];
  /** Lessons dated on or after this day, YYYY-MM-DD (a checked calendar date). */
  since?: string;
}

/** The filters as the report states them: localities by their configured name, topics as the topic list spells them, no duplicates. */
export interface AppliedFilters {
  stages: Stage[];
  topics: string[];
  localities: string[];
  since?: string;
}

export function appliedFilters(filters: ReportFilters | undefined, config: WorkspaceConfig): AppliedFilters {
  const spelling = new Map(config.topics.map((topic) => [topic.trim().toLowerCase(), topic.trim()]));
  const unique = (values: readonly string[]): string[] => {
    const seen = new Set<string>();
    return values.filter((value) => {
      const key = value.toLowerCase();
      if (!value || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  return {
    stages: [...new Set(filters?.stages ?? [])],
    topics: unique((filters?.topics ?? []).map((topic) => spelling.get(topic.trim().toLowerCase()) ?? topic.trim())),
    localities: unique((filters?.localities ?? []).map((given) => findLocalityAsGiven(config, given)?.name ?? given.trim())),
    since: filters?.since,
  };
}

/** Whether a lesson passes the filters: a lesson's locality matches by name or alias, a topic in any case; a lesson with no date is never "since" a day. */
export function passesReportFilters(facts: LessonFacts, filters: AppliedFilters, config: WorkspaceConfig): boolean {
  return passesFilters(facts, { stages: filters.stages, topics: filters.topics, localities: filters.localities, from: filters.since }, (written) =>
    localityNameFor(config, written),
  );
}
