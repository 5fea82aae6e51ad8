import { ANSWER_FIELDS, type LessonFacts } from '../lesson/lessonModel';
import { describeField, LESSON_SCHEMA } from '../schema/schemas';
import { inThemesMarkdown } from '../themes/themeMentions';
import type { ThemeMention } from '../themes/themeModel';
import { escapeMarkdown, firstLines } from './markdown';

/** Lines of each answer a card shows, and the most characters. */
const ANSWER_LINES = 2;
const ANSWER_LENGTH = 240;

/**
 * A lesson at a glance, for hovers over its id: title, locality, stage and date, the
 * themes that collate it, then the first lines of its three answers under their questions.
 */
export function lessonCardMarkdown(facts: LessonFacts, themes: readonly ThemeMention[] = []): string {
  const heading = `**${escapeMarkdown(facts.id ?? 'Lesson without an id')}**${facts.title ? ` — ${escapeMarkdown(facts.title)}` : ''}`;
  const about = [facts.locality, facts.stage, facts.date]
    .filter((part): part is string => Boolean(part))
    .map(escapeMarkdown)
    .join(' · ');
  const parts = [heading];
  if (about) parts.push(about);
  const inThemes = inThemesMarkdown(themes);
  if (inThemes) parts.push(inThemes);
  for (const field of ANSWER_FIELDS) {
    const answer = firstLines(facts[field], ANSWER_LINES, ANSWER_LENGTH);
    const question = describeField(LESSON_SCHEMA, [field]) ?? field;
    parts.push(`*${escapeMarkdown(question)}*  \n${answer ? escapeMarkdown(answer) : '(not answered yet)'}`);
  }
  return parts.join('\n\n');
}
