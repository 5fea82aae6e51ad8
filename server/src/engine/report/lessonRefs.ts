import { findLocality, type WorkspaceConfig } from '../config/workspaceConfig';
import type { LessonFacts } from '../lesson/lessonModel';
import type { LessonRef } from './reportTypes';

/** Where a lesson that names no locality is counted. */
export const NO_LOCALITY = '(no locality)';

/** A lesson (that has an id) as the report names it: its locality by the configured name. */
export function lessonRef(uri: string, facts: LessonFacts & { id: string }, config: WorkspaceConfig): LessonRef {
  const written = facts.locality?.trim();
  const known = written ? findLocality(config, written) : undefined;
  return { id: facts.id, uri, title: facts.title, locality: known?.name ?? (written || NO_LOCALITY), stage: facts.stage, date: facts.date };
}

/** By id, then by file: the same order on every run. */
export function byId(a: { id: string; uri?: string }, b: { id: string; uri?: string }): number {
  return compareText(a.id, b.id) || compareText(a.uri ?? '', b.uri ?? '');
}

/** Plain code-unit order, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first lesson with each id: the one a mention of the id stands for when two share it. */
export function firstById<T extends { id: string }>(lessons: Iterable<T>): Map<string, T> {
  const first = new Map<string, T>();
  for (const lesson of lessons) if (!first.has(lesson.id)) first.set(lesson.id, lesson);
  return first;
}

/** The ids of the lessons, each once, in the order given. */
export function uniqueIds(lessons: Iterable<{ id: string }>): string[] {
  return [...firstById(lessons).keys()];
}
