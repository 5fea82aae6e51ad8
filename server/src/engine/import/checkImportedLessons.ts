import type { WorkspaceConfig } from '../config/workspaceConfig';
import { LessonIndex } from '../index/LessonIndex';
import { analyzeLesson } from '../lesson/analyzeLesson';
import type { Problem } from '../problem';
import { compareByPriority } from './problemPriority';

export interface LessonToCheck {
  uri: string;
  text: string;
}

/**
 * Checks new lessons as `learn-once check` would once they are written: each analysed on
 * its own, then against every lesson of the workspace for the cross-file rules (ids,
 * references). The workspace's index is copied, never changed, so a dry run or a refused
 * import leaves the editor's view of the workspace as it was. Problems come priority codes
 * first, then in reading order.
 */
export function checkImportedLessons(
  lessons: readonly LessonToCheck[],
  existing: LessonIndex,
  options: { config: WorkspaceConfig; today: string },
): Map<string, Problem[]> {
  const scratch = new LessonIndex();
  for (const entry of existing.all()) scratch.set(entry);
  for (const lesson of lessons) {
    const analysis = analyzeLesson(lesson.text, options);
    scratch.set({ uri: lesson.uri, facts: analysis.facts, problems: analysis.problems });
  }
  return new Map(lessons.map((lesson) => [lesson.uri, [...scratch.problemsFor(lesson.uri)].sort(compareByPriority)]));
}
