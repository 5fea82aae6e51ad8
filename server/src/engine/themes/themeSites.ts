import { containsPosition } from '../text/positions';
import type { Position } from '../problem';
import type { ThemeFacts, ThemeLessonRef } from './themeModel';

/** The lesson id in a theme's `lessons` at a position, if the position is on one. */
export function themeLessonAt(facts: ThemeFacts, position: Position): ThemeLessonRef | undefined {
  return facts.lessons.find((reference) => containsPosition(reference.range, position));
}
