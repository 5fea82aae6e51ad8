import { isCalendarDate } from '../../engine/text/calendarDate';
import { isStage } from '../../engine/lesson/lessonModel';
import { STAGES, type Stage } from '../../../../shared/stages';
import { reportsCommunicatedOnly, type ReportAudience } from '../../engine/report/reportAudience';
import type { ReportFilters } from '../../engine/report/reportFilters';
import { UsageError } from '../usageError';

/** The filter options as parsed: each repeatable one a list. */
export interface FilterOptionValues {
  stage?: string[];
  topic?: string[];
  locality?: string[];
  since?: string;
}

/** The report's filters from its options, or a usage error that says what to write instead. */
export function reportFilterOptions(values: FilterOptionValues, audience: ReportAudience): ReportFilters {
  const stages = (values.stage ?? []).map((stage): Stage => {
    if (isStage(stage)) return stage;
    throw new UsageError(`--stage must be one of ${STAGES.join(', ')}, not '${stage}'.`);
  });
  const notCommunicated = stages.find((stage) => stage !== 'communicated');
  if (reportsCommunicatedOnly(audience) && notCommunicated) {
    throw new UsageError(
      `--stage ${notCommunicated}: a ${audience} report holds communicated lessons only. Give --audience curators to report on lessons at other stages.`,
    );
  }
  return {
    stages,
    topics: nonBlank('topic', values.topic, '"data sharing"'),
    localities: nonBlank('locality', values.locality, 'Leeds, LCR or LD'),
    since: sinceDate(values.since),
  };
}

function nonBlank(name: string, given: readonly string[] | undefined, example: string): string[] {
  return (given ?? []).map((value) => {
    if (value.trim() === '') throw new UsageError(`--${name} needs a value, e.g. --${name} ${example}.`);
    return value.trim();
  });
}

/** A day the calendar has, written YYYY-MM-DD: a lesson's `date` is compared with it as text. */
function sinceDate(given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const day = given.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new UsageError(`--since must be a date written YYYY-MM-DD, e.g. --since 2025-01-31, not '${given}'.`);
  if (!isCalendarDate(day)) throw new UsageError(`--since '${given}' is not a real calendar date; give a day written YYYY-MM-DD, e.g. --since 2025-01-31.`);
  return day;
}
