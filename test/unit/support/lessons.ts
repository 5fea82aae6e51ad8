import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../../server/src/engine/config/workspaceConfig';
import { analyzeLesson } from '../../../server/src/engine/lesson/analyzeLesson';
import type { Problem } from '../../../server/src/engine/problem';
import { lessonText } from '../../support/lessonText';

export const TODAY = '2026-11-26';

/** A valid lesson with fields replaced or removed (undefined). */
export const lesson = lessonText;

export function problemsOf(text: string, config: WorkspaceConfig = DEFAULT_CONFIG): Problem[] {
  return analyzeLesson(text, { config, today: TODAY }).problems;
}

/** code, start line, start character, end line, end character — compact for assertions. */
export function where(problem: Problem): [string, number, number, number, number] {
  return [problem.code, problem.range.start.line, problem.range.start.character, problem.range.end.line, problem.range.end.character];
}
