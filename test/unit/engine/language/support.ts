import { DEFAULT_CONFIG, type WorkspaceConfig } from '../../../../server/src/engine/config/workspaceConfig';
import { LessonIndex } from '../../../../server/src/engine/index/LessonIndex';
import { analyzeLesson } from '../../../../server/src/engine/lesson/analyzeLesson';
import type { Position } from '../../../../server/src/engine/problem';
import { TODAY } from '../../support/lessons';

/** An index of lessons given as uri → text. */
export function indexOf(lessons: Record<string, string>, config: WorkspaceConfig = DEFAULT_CONFIG): LessonIndex {
  const index = new LessonIndex();
  for (const [uri, text] of Object.entries(lessons)) {
    const analysis = analyzeLesson(text, { config, today: TODAY });
    index.set({ uri, facts: analysis.facts, problems: analysis.problems });
  }
  return index;
}

/** The text without its `‸` mark and the position the mark was at. */
export function cursorIn(textWithCursor: string): { text: string; position: Position } {
  const offset = textWithCursor.indexOf('‸');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1].length } };
}
