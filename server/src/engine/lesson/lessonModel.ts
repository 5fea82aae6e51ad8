import type { Range } from '../problem';
import { STAGES, type Stage } from '../../../../shared/stages';

export const ADOPTION_ACTIONS = ['replicate', 'customise', 'enhance'] as const;
export type AdoptionAction = (typeof ADOPTION_ACTIONS)[number];

/** How far the reuse of another locality's solution has got. */
export const ADOPTION_STATUSES = ['planned', 'in-progress', 'live', 'abandoned'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

/**
 * One `adoption` block: the lesson reuses another's solution. A lesson may have several
 * (`adoption` written as a list). Values are only set when they have the right type; the
 * adopted lesson's id and where it is written are also in `references` (kind 'adoption').
 */
export interface Adoption {
  action?: AdoptionAction;
  lesson?: string;
  status?: AdoptionStatus;
  date?: string;
  outcome?: string;
}

/** One entry of `artefacts`: a link (http/https) or a path from the workspace folder, with where it is written. */
export interface Artefact {
  target: string;
  range: Range;
}

/** The three questions every lesson answers, by field. */
export const ANSWER_FIELDS = ['good', 'not_so_good', 'improvements'] as const;

/** Who may read a lesson, from the widest audience to the narrowest. */
export const SENSITIVITIES = ['public', 'nhs-only', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
/** A lesson that does not say is for health and care staff. */
export const DEFAULT_SENSITIVITY: Sensitivity = 'nhs-only';

export function isSensitivity(value: unknown): value is Sensitivity {
  return typeof value === 'string' && (SENSITIVITIES as readonly string[]).includes(value);
}

/** Stages from which a lesson needs a summary for readers elsewhere. */
export const SUMMARY_REQUIRED_FROM: Stage = 'curated';

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function nextStage(stage: Stage): Stage | undefined {
  return STAGES[stageIndex(stage) + 1];
}

export function needsSummary(stage: Stage): boolean {
  return stageIndex(stage) >= stageIndex(SUMMARY_REQUIRED_FROM);
}

/** A reference from one lesson to another, with where it is written. */
export interface LessonReference {
  id: string;
  range: Range;
  kind: 'adoption' | 'related';
}

/**
 * What the workspace keeps of one lesson file: the fields other lessons and the
 * features need, with the ranges of the values that can be pointed at.
 * Values are only set when they have the right type.
 */
export interface LessonFacts {
  id?: string;
  idRange?: Range;
  title?: string;
  titleRange?: Range;
  locality?: string;
  localityRange?: Range;
  stage?: Stage;
  stageRange?: Range;
  date?: string;
  dateRange?: Range;
  /** The curator who reviewed the lesson, as written. */
  reviewedBy?: string;
  reviewedByRange?: Range;
  /** When it was reviewed, as written (YYYY-MM-DD when valid). */
  reviewedOn?: string;
  reviewedOnRange?: Range;
  topics: string[];
  good: string;
  not_so_good: string;
  improvements: string;
  summary: string;
  /** The measurable result, as written. */
  outcome?: string;
  /** Every `adoption` block, in file order: one for a single block, one per item of a list. */
  adoptions: Adoption[];
  references: LessonReference[];
  /** The documents that go with the lesson (`artefacts`), each a text entry. */
  artefacts: Artefact[];
  contact?: string;
  /** Who may read it, when the lesson says (and says it with a known value). */
  sensitivity?: Sensitivity;
  /** Range of the first key of the root mapping, where file-level problems are shown. */
  headRange: Range;
}
