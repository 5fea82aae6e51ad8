import type { LessonEntry } from '../../index/LessonIndex';
import type { ValueContext } from '../cursorContext';
import { fuzzyScore } from '../fuzzyMatch';
import { lessonCardMarkdown } from '../lessonCard';
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
  const byId = new Map<string, { entry: LessonEntry; score: number }>();
  for (const entry of input.lessons.all()) {
    const id = entry.facts.id;
    if (!id || excluded.has(id) || byId.has(id)) continue;
    const score = Math.max(fuzzyScore(context.prefix, id) ?? -1, titleScore(context.prefix, entry.facts.title));
    if (score < 0) continue;
    byId.set(id, { entry, score });
  }
  const matches = [...byId.values()].sort((a, b) => b.score - a.score || compareIds(a.entry.facts.id!, b.entry.facts.id!));
  const max = input.maxItems ?? DEFAULT_MAX_ITEMS;
  const candidates = matches.slice(0, max).map(({ entry }, index) => {
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
  return { candidates, isIncomplete: matches.length > max || context.prefix.trim().length > 0 };
}

/** Title matches rank below id matches: an id typed in part is the surer sign. */
function titleScore(typed: string, title: string | undefined): number {
  if (!title || !typed.trim()) return -1;
  const score = fuzzyScore(typed, title);
  return score === undefined ? -1 : score / 2;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
