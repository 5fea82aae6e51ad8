import { nextFreeId } from '../../authoring/newLesson';
import { findLocality } from '../../config/workspaceConfig';
import type { LessonFacts } from '../../lesson/lessonModel';
import { LESSON_SCHEMA, schemaAt } from '../../schema/schemas';
import type { ValueContext } from '../cursorContext';
import { escapeMarkdown } from '../markdown';
import { sortKey, type CompletionAnswer, type CompletionCandidate, type CompletionInput } from './completionTypes';
import { lessonCandidates } from './lessonCandidates';
import { escapeSnippetText, localityCandidates } from './localityCandidates';
import { topicCandidates } from './topicCandidates';
import { filterTextFor, writeValue } from './valueWriter';

const NOTHING: CompletionAnswer = { candidates: [], isIncomplete: false };

/** Values for the field at the cursor, by what the field holds. */
export function valueCandidates(context: ValueContext, input: CompletionInput, own: LessonFacts): CompletionAnswer {
  const field = schemaAt(LESSON_SCHEMA, context.fieldPath);
  if (!field) return NOTHING;
  // `topics: ` with no list yet: offer the items, written as a list.
  const asList = !context.listItem && field.type === 'array';
  const itemField = context.listItem || asList ? field.items : field;
  if (!itemField) return NOTHING;
  const name = context.fieldPath.join('.');

  if (itemField.enum) return { candidates: enumCandidates(context, itemField.enum, itemField.enumDescriptions, name), isIncomplete: false };
  switch (name) {
    case 'locality':
      return { candidates: localityCandidates(context, input), isIncomplete: true };
    case 'topics':
      return topicCandidates(context, input, asList);
    case 'related':
    case 'adoption.lesson':
      return lessonCandidates(context, input, own.id, asList);
    case 'date':
    case 'reviewed_on':
      return { candidates: [single(context, input.today, 'date', 'today')], isIncomplete: false };
    case 'reviewed_by':
      return {
        candidates: input.config.curators.map((curator, index) => single(context, curator, 'value', 'curator (learn-once.yaml)', index)),
        isIncomplete: false,
      };
    case 'id':
      return { candidates: idCandidates(context, input, own), isIncomplete: false };
    default:
      return NOTHING;
  }
}

/** Allowed values in the schema's order: the lifecycle's for stages, with what each means. */
function enumCandidates(context: ValueContext, values: readonly string[], descriptions: readonly string[] | undefined, name: string): CompletionCandidate[] {
  return values.map((value, index) => {
    const written = writeValue(context, value, false);
    return {
      label: value,
      kind: 'value',
      detail: name === 'stage' ? `stage ${index + 1} of ${values.length}` : descriptions?.[index],
      documentation: descriptions?.[index] ? escapeMarkdown(descriptions[index]) : undefined,
      range: context.range,
      snippet: escapeSnippetText(written),
      plain: written,
      sortText: sortKey(index),
      filterText: filterTextFor(context, value),
    };
  });
}

/** The next free id of the lesson's locality, or of every locality when the lesson names none yet. */
function idCandidates(context: ValueContext, input: CompletionInput, own: LessonFacts): CompletionCandidate[] {
  const ids = input.lessons.ids();
  const ownLocality = own.locality ? findLocality(input.config, own.locality) : undefined;
  const localities = ownLocality ? [ownLocality] : input.config.localities;
  return localities.map((locality, index) => single(context, nextFreeId(locality.prefix, ids), 'id', `next free id of ${locality.name}`, index));
}

function single(context: ValueContext, value: string, kind: CompletionCandidate['kind'], detail: string, index = 0): CompletionCandidate {
  const written = writeValue(context, value, false);
  return {
    label: value,
    kind,
    detail,
    range: context.range,
    snippet: escapeSnippetText(written),
    plain: written,
    sortText: sortKey(index),
    filterText: filterTextFor(context, value),
  };
}
