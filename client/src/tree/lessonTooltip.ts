import type { LessonSummary } from '../../../shared/protocol';
import { stageIcon, stageLabel } from './stageIcons';
import { plural } from './viewMessage';

/** The questions beside each answer, as the lesson format asks them. */
const QUESTIONS = [
  ['good', 'What was good?'],
  ['not_so_good', 'What was not so good?'],
  ['improvements', 'What could be improved next time?'],
] as const;

/**
 * A Markdown card for a lesson's tooltip: id, locality, stage and date, the title, the first
 * line of each answer and of the summary, and its problems. Text from the lesson is escaped
 * so it shows as written and cannot add links or images.
 */
export function lessonTooltipMarkdown(lesson: LessonSummary): string {
  const facts = [lesson.id, lesson.locality, `$(${stageIcon(lesson.stage)}) ${stageLabel(lesson.stage)}`, lesson.date].filter((part): part is string => !!part);
  const lines = [
    `**${escapeMarkdown(lesson.title?.trim() || 'Untitled lesson')}**`,
    '',
    facts.map((part, i) => (i === 2 ? part : escapeMarkdown(part))).join(' · '),
  ];
  if (lesson.topics.length > 0) lines.push('', `Topics: ${lesson.topics.map(escapeMarkdown).join(', ')}`);
  const themes = (lesson.themes ?? []).map((theme) => theme.title?.trim() || theme.id).filter((name): name is string => !!name);
  if (themes.length > 0) lines.push('', `${themes.length === 1 ? 'Theme' : 'Themes'}: ${themes.map(escapeMarkdown).join(', ')}`);
  for (const [field, question] of QUESTIONS) {
    const answer = lesson.firstLines[field];
    if (answer) lines.push('', `*${question}* ${escapeMarkdown(answer)}`);
  }
  if (lesson.firstLines.summary) lines.push('', `*Summary:* ${escapeMarkdown(lesson.firstLines.summary)}`);
  const problems: string[] = [];
  if (lesson.errors > 0) problems.push(`$(error) ${plural(lesson.errors, 'error')}`);
  if (lesson.warnings > 0) problems.push(`$(warning) ${plural(lesson.warnings, 'warning')}`);
  if (lesson.similarHint) problems.push('$(references) A similar lesson exists elsewhere');
  if (problems.length > 0) lines.push('', '---', '', problems.join(' · '));
  return lines.join('\n');
}

/** Backslash-escapes every character Markdown (and VS Code's `$(icon)` syntax) gives a meaning. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~$&]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}
