import type { LessonEntry } from '../../index/LessonIndex';
import type { ValueContext } from '../cursorContext';
import { fuzzyMatcher } from '../fuzzyMatch';
import { lessonCardMarkdown } from '../lessonCard';
import { preparedLesson } from '../preparedLesson';
import { TopMatches } from '../topMatches';
import { DEFAULT_MAX_ITEMS, sortKey, type CompletionAnswer, type CompletionInput } from './completionTypes';
import { escapeSnippetText } from './localityCandidates';
import { filterTextFor, writeValue } from './valueWriter';

/**
 * Lesson ids for `adoption.lesson` and `related`: the id as the label, the title and
 * locality beside it, the lesson's card as documentation. What was typed matches the
 * id or words of the title. The lesson itself and lessons already listed are left out.
 */
export function lessonCandidates(context: ValueContext, input: CompletionInput, ownId: string | undefined, asList: boolean): CompletionAnswer {
  const excluded = new Set(context.siblings);
  if (ownId) excluded.add(ownId);
  const max = input.maxItems ?? DEFAULT_MAX_ITEMS;
  const top = new TopMatches<{ entry: LessonEntry; id: string; score: number }>(max, (a, b) => b.score - a.score || compareIds(a.id, b.id));
  const match = fuzzyMatcher(context.prefix);
  const typed = context.prefix.trim() !== '';
  for (const entry of input.lessons.all()) {
    const id = entry.facts.id;
    if (!id || excluded.has(id)) continue;
    const prepared = preparedLesson(entry.facts);
    const idScore = match(prepared.id) ?? -1;
    // Title matches rank below id matches: an id typed in part is the surer sign.
    const titleScore = typed && idScore < 0 ? (match(prepared.title) ?? -2) / 2 : -1;
    const score = Math.max(idScore, titleScore);
    if (score >= 0) top.add({ entry, id, score });
  }
  // Two lessons with one id (a duplicate-id problem) are offered once.
  const shown = new Set<string>();
  const matches = top.best().filter((match) => !shown.has(match.id) && shown.add(match.id));
  const candidates = matches.map(({ entry }, index) => {
    const { id, title, locality } = entry.facts;
    const written = writeValue(context, id!, asList);
    return {
      label: id!,
      kind: 'lesson' as const,
      detail: title,
      description: locality,
      documentation: lessonCardMarkdown(entry.facts),
      range: context.range,
      snippet: escapeSnippetText(written),
      plain: written,
      sortText: sortKey(index),
      filterText: filterTextFor(context, `${id} ${title ?? ''}`.trim()),
    };
  });
  return { candidates, isIncomplete: top.offered > max || typed };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
