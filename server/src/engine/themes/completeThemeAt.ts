import type { CompletionAnswer, CompletionInput } from '../language/completion/completionTypes';
import { lessonCandidates } from '../language/completion/lessonCandidates';
import { topicCandidates } from '../language/completion/topicCandidates';
import { cursorContext } from '../language/cursorContext';
import { THEME_SCHEMA } from '../schema/schemas';

const NOTHING: CompletionAnswer = { candidates: [], isIncomplete: false };

/**
 * Suggestions at a position of a theme: lesson ids in `lessons` (as a lesson's `related`
 * gets them: id, title, locality and card; ids already listed left out) and topics in
 * `topics`. The cursor is read as in a lesson, against the theme's schema.
 */
export function completeThemeAt(input: CompletionInput): CompletionAnswer {
  const context = cursorContext(input.parsed, input.position, THEME_SCHEMA);
  if (context.kind !== 'value' || context.fieldPath.length !== 1) return NOTHING;
  // `lessons: ` with no list yet: the id is written as a list.
  const asList = !context.listItem;
  switch (context.fieldPath[0]) {
    case 'lessons':
      return lessonCandidates(context, input, undefined, asList);
    case 'topics':
      return topicCandidates(context, input, asList);
    default:
      return NOTHING;
  }
}
