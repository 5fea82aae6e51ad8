import type { AdoptionAction, AdoptionStatus } from '../../engine/lesson/lessonModel';
import type { Stage } from '../../../../shared/stages';
import type { AdoptionRecord } from '../../engine/report/adoptionHistory';
import type { CatalogueReport } from '../../engine/report/catalogueReport';
import type { Headline } from '../../engine/report/readersReport';
import type { ReportAudience } from '../../engine/report/reportAudience';
import type { ReviewGap } from '../../engine/report/reviewQueue';
import type { LessonRef } from '../../engine/report/reportTypes';

/** Words shared by the Markdown and HTML renderings, so both say the same thing. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  captured: 'Captured',
  collated: 'Collated',
  organised: 'Organised',
  curated: 'Curated',
  communicated: 'Communicated',
};

export const ACTION_PAST: Readonly<Record<AdoptionAction, string>> = {
  replicate: 'replicated',
  customise: 'customised',
  enhance: 'enhanced',
};

export const STATUS_LABELS: Readonly<Record<AdoptionStatus, string>> = {
  planned: 'planned',
  'in-progress': 'in progress',
  live: 'live',
  abandoned: 'abandoned',
};

export const READERS_SECTIONS = {
  outcomes: 'Outcomes reported',
  topics: 'Lessons by topic',
  lessons: 'Lessons',
} as const;

export const CURATORS_SECTIONS = {
  backlog: 'Backlog by locality and stage',
  review: 'Waiting for review',
  clusters: 'Similar lessons not yet linked or themed',
  unknownTopics: 'Unknown topics',
} as const;

/** The ids of the HTML page's own parts; section ids are the headings' anchors there. */
export const READERS_SECTION_IDS = { outcomes: 'outcomes', topics: 'topics', lessons: 'lessons' } as const;
export const CURATORS_SECTION_IDS = { backlog: 'backlog', review: 'review', clusters: 'duplicates', unknownTopics: 'unknown-topics' } as const;

/**
 * Ids a lesson's anchor may never take, in either format, so `#slug` names the same lesson
 * in the Markdown and the HTML of one report.
 */
export const PAGE_IDS: readonly string[] = [
  'main',
  'contents',
  'stage-table',
  'chart-title',
  'chart-desc',
  ...Object.values(READERS_SECTION_IDS),
  ...Object.values(CURATORS_SECTION_IDS),
  'backlog-no-stage',
  ...Object.keys(STAGE_LABELS).map((stage) => `backlog-${stage}`),
];

/** Who each audience is, as the report names it. */
const AUDIENCE_NAMES: Readonly<Record<ReportAudience, string>> = { public: 'the public', readers: 'readers in health and care', curators: 'curators' };

export function reportTitle(report: CatalogueReport): string {
  return report.kind === 'curators' ? `Curators' report: ${report.title}` : `Lessons learned: ${report.title}`;
}

/** "6 lessons learned once, reused 2 times by 2 localities" */
export function headlineSentence(headline: Headline): string {
  return `${plural(headline.lessons, 'lesson')} learned once, reused ${plural(headline.adoptions, 'time')} by ${plural(headline.localities, 'locality', 'localities')}`;
}

/** Who the report is for and what it holds, as one sentence (no markup). */
export function audienceSentence(report: CatalogueReport): string {
  return report.kind === 'curators'
    ? `For ${AUDIENCE_NAMES.curators}: the lessons still in the pipeline and what needs attention.`
    : `For ${AUDIENCE_NAMES[report.audience]}: lessons that have been curated and communicated, with every reuse recorded since.`;
}

/** The filters applied and how many lessons they set aside, or nothing when there are none. */
export function filtersSentence(report: CatalogueReport): string | undefined {
  const { stages, topics, localities, since } = report.filters;
  const parts: string[] = [];
  if (stages.length > 0) parts.push(`stage ${stages.join(' or ')}`);
  if (topics.length > 0) parts.push(`topic ${topics.join(' or ')}`);
  if (localities.length > 0) parts.push(`locality ${localities.join(' or ')}`);
  if (since !== undefined) parts.push(`dated ${since} or later`);
  if (parts.length === 0) return undefined;
  const out = report.totals.filteredOut;
  return `Filtered: ${parts.join('; ')}. ${plural(out, 'lesson')} that ${out === 1 ? 'does' : 'do'} not match ${out === 1 ? 'is' : 'are'} not in this report.`;
}

/**
 * What the report leaves out on purpose and why, as plain sentences (no markup), or nothing:
 * lessons above the audience's sensitivity, and lessons holding an NHS number.
 */
export function leftOutSentences(report: Pick<CatalogueReport, 'audience' | 'totals'>): string | undefined {
  const { sensitivity, nhsNumber } = report.totals.leftOut;
  const sentences: string[] = [];
  if (sensitivity > 0)
    sentences.push(
      `This report is for ${AUDIENCE_NAMES[report.audience]}: ${plural(sensitivity, 'lesson')} marked for a narrower audience (sensitivity) ${sensitivity === 1 ? 'is' : 'are'} left out.`,
    );
  if (nhsNumber > 0)
    sentences.push(
      `${plural(nhsNumber, 'lesson')} holding an NHS number ${nhsNumber === 1 ? 'is' : 'are'} left out until it is removed; run learn-once check to find ${nhsNumber === 1 ? 'it' : 'them'}.`,
    );
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/** Files that could not be read as lessons, as a sentence, or nothing. */
export function notReadSentence(report: CatalogueReport): string | undefined {
  const n = report.totals.notRead;
  return n > 0 ? `${plural(n, 'file')} could not be read as a lesson and ${n === 1 ? 'is' : 'are'} left out; run learn-once check to see why.` : undefined;
}

/** What a lesson's review lacks, in words. */
export function reviewGapText(gap: ReviewGap): string {
  switch (gap.kind) {
    case 'no-reviewer':
      return 'no reviewed_by';
    case 'not-a-curator':
      return `reviewed_by '${gap.reviewer}' is not a curator`;
    case 'no-date':
      return 'no reviewed_on';
  }
}

/** "live, 2026-03-02": how far an adoption has got and when, as written. */
export function adoptionProgress(adoption: Pick<AdoptionRecord, 'status' | 'date'>): string {
  return [adoption.status ? STATUS_LABELS[adoption.status] : undefined, adoption.date].filter((part) => part !== undefined).join(', ');
}

/** The strongest groups of unlinked similar lessons shown; a national catalogue can have thousands. */
export const MAX_CLUSTERS_SHOWN = 100;

/** The sentence after a shortened list of groups, or nothing when every group was shown. */
export function moreClusters(total: number): string | undefined {
  const more = total - MAX_CLUSTERS_SHOWN;
  return more > 0 ? `…and ${plural(more, 'more group')} with weaker matches, not shown.` : undefined;
}

export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

/** "Great North Care Record, curated" */
export function lessonPlace(lesson: LessonRef): string {
  return lesson.stage ? `${lesson.locality}, ${lesson.stage}` : lesson.locality;
}

/** "Great North Care Record, 2025-03-14" */
export function lessonWhereAndWhen(lesson: LessonRef): string {
  return lesson.date ? `${lesson.locality}, ${lesson.date}` : lesson.locality;
}
