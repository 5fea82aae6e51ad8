import type { AdoptionAction } from '../lesson/lessonModel';
import { isArtefactLink } from '../workspace/artefactProblems';
import { adoptionHistories, type AdoptionRecord } from './adoptionHistory';
import { byId, firstById, uniqueIds } from './lessonRefs';
import { reportHeader } from './reportHeader';
import type { ReportSelection } from './reportSelection';
import type { CatalogueInput, LessonRef, ReportHeader, ReportLesson } from './reportTypes';
import { topicIndex, type TopicGroup } from './topicIndex';

/**
 * What readers elsewhere (and the public) can use: communicated lessons only, each in
 * full with who reused it since, under a headline of how much was reused.
 */
export interface ReadersReport extends ReportHeader {
  kind: 'readers';
  headline: Headline;
  /** The lessons' outcomes and their adoptions' outcomes, in the entries' order. */
  outcomes: ReportedOutcome[];
  topics: TopicGroup[];
  /** One per lesson, by locality then id. */
  entries: LessonEntry[];
}

/**
 * "N lessons learned once, reused M times by K localities": N lessons in the report, M
 * adoptions of them (each adoption block of a lesson the audience may see, whatever its
 * status or stage), K distinct localities among the adopting lessons other than the
 * adopted lesson's own.
 */
export interface Headline {
  lessons: number;
  adoptions: number;
  localities: number;
}

export type ReportedOutcome =
  { kind: 'lesson'; lesson: LessonRef; text: string } | { kind: 'adoption'; adoption: AdoptionRecord; adopted: LessonRef; text: string };

/** A document that goes with a lesson: a link anyone can open, or a path in the workspace. */
export interface ReportArtefact {
  target: string;
  isLink: boolean;
}

export interface LessonEntry {
  lesson: LessonRef;
  topics: string[];
  summary: string;
  improvements: string;
  outcome?: string;
  artefacts: ReportArtefact[];
  contact?: string;
  /** The solutions this lesson reused itself. */
  builtOn: { id: string; action: AdoptionAction }[];
  /** Every lesson the audience may see that adopted this one. */
  adoptions: AdoptionRecord[];
  /** Localities other than its own the solution reached, directly or through chains. */
  reached: string[];
}

export function buildReadersReport(input: CatalogueInput, selection: ReportSelection): ReadersReport {
  const histories = adoptionHistories(selection.visible);
  const lessons = [...selection.lessons].sort((a, b) => a.ref.locality.localeCompare(b.ref.locality) || byId(a.ref, b.ref));
  // When two lessons share an id, adoptions of it belong to the first: they are counted once.
  const owners = firstById(lessons.map((lesson) => lesson.ref));
  const entries = lessons.map((lesson) => entryOf(lesson, owners.get(lesson.ref.id) === lesson.ref ? histories : undefined));
  const adopting = new Set<string>();
  for (const entry of entries) for (const adoption of entry.adoptions) if (adoption.by.locality !== entry.lesson.locality) adopting.add(adoption.by.locality);
  return {
    kind: 'readers',
    ...reportHeader(
      input,
      selection,
      entries.map((entry) => entry.lesson),
      uniqueIds(entries.map((entry) => entry.lesson)),
    ),
    headline: { lessons: entries.length, adoptions: entries.reduce((sum, entry) => sum + entry.adoptions.length, 0), localities: adopting.size },
    outcomes: entries.flatMap(outcomesOf),
    topics: topicIndex(lessons, input.config),
    entries,
  };
}

function entryOf({ ref, facts }: ReportLesson, histories: ReturnType<typeof adoptionHistories> | undefined): LessonEntry {
  return {
    lesson: ref,
    topics: facts.topics.map((topic) => topic.trim()).filter((topic) => topic !== ''),
    summary: facts.summary.trim(),
    improvements: facts.improvements.trim(),
    outcome: facts.outcome?.trim() || undefined,
    artefacts: facts.artefacts.map((artefact) => ({ target: artefact.target.trim(), isLink: isArtefactLink(artefact.target) })),
    contact: facts.contact?.trim() || undefined,
    builtOn: facts.adoptions.flatMap((adoption) => (adoption.lesson && adoption.action ? [{ id: adoption.lesson, action: adoption.action }] : [])),
    adoptions: histories?.of(ref.id) ?? [],
    reached: histories?.reached(ref.id, ref.locality) ?? [],
  };
}

function outcomesOf(entry: LessonEntry): ReportedOutcome[] {
  const outcomes: ReportedOutcome[] = [];
  if (entry.outcome) outcomes.push({ kind: 'lesson', lesson: entry.lesson, text: entry.outcome });
  for (const adoption of entry.adoptions) if (adoption.outcome) outcomes.push({ kind: 'adoption', adoption, adopted: entry.lesson, text: adoption.outcome });
  return outcomes;
}
