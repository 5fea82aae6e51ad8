import type { CatalogueReport, LessonRef } from '../../engine/report/catalogueReport';
import type { Stage } from '../../engine/lesson/lessonModel';
import type { AdoptionAction } from '../../engine/lesson/lessonModel';

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

export const SECTION_TITLES = {
  localities: 'Lessons by locality and stage',
  topics: 'Lessons by topic',
  reuse: 'Reuse: learned once, used again',
  clusters: 'Still duplicated: similar lessons not yet linked',
  summaries: 'Curated and communicated lessons',
} as const;

/** Who each audience is, as the report names it. */
const AUDIENCE_NAMES = { public: 'the public', readers: 'readers in health and care', curators: 'curators' } as const;

/**
 * What the report leaves out on purpose and why, as plain sentences (no markup), or nothing:
 * lessons above the audience's sensitivity, and lessons holding an NHS number.
 */
export function leftOutSentences(report: Pick<CatalogueReport, 'audience' | 'totals'>): string | undefined {
  const { sensitivity, nhsNumber } = report.totals.leftOut;
  const sentences: string[] = [];
  if (sensitivity > 0) sentences.push(`This report is for ${AUDIENCE_NAMES[report.audience]}: ${plural(sensitivity, 'lesson')} marked for a narrower audience (sensitivity) ${sensitivity === 1 ? 'is' : 'are'} left out.`);
  if (nhsNumber > 0) sentences.push(`${plural(nhsNumber, 'lesson')} holding an NHS number ${nhsNumber === 1 ? 'is' : 'are'} left out until it is removed; run learn-once check to find ${nhsNumber === 1 ? 'it' : 'them'}.`);
  return sentences.length > 0 ? sentences.join(' ') : undefined;
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

/** "GM-0001 Data sharing agreement sign-off…" */
export function lessonLabel(lesson: LessonRef | { id: string; title?: string }): string {
  return lesson.title ? `${lesson.id} ${lesson.title}` : lesson.id;
}

/** "Great North Care Record, curated" */
export function lessonPlace(lesson: LessonRef): string {
  return lesson.stage ? `${lesson.locality}, ${lesson.stage}` : lesson.locality;
}
