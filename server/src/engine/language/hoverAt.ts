import { findLocality, type WorkspaceConfig } from '../config/workspaceConfig';
import type { LessonEntry } from '../index/LessonIndex';
import type { Position, Range } from '../problem';
import { LESSON_SCHEMA, schemaAt } from '../schema/schemas';
import { inThemesMarkdown } from '../themes/themeMentions';
import type { ThemeMention } from '../themes/themeModel';
import type { ParsedYaml } from '../yaml/parseYamlFile';
import { cursorContext } from './cursorContext';
import { fieldHelpMarkdown } from './fieldHelp';
import { lessonCardMarkdown } from './lessonCard';
import { localityStageCounts, localitySummaryMarkdown } from './localitySummary';
import { escapeMarkdown } from './markdown';
import { lineSpan } from '../text/positions';

export interface HoverInput {
  parsed: ParsedYaml;
  position: Position;
  config: WorkspaceConfig;
  /** Every lesson in the workspace (for stage counts). */
  lessons: Iterable<LessonEntry>;
  /** The lessons holding an id. */
  lessonsWithId(id: string): LessonEntry[];
  /** How many lessons adopt or relate to an id. */
  referenceCount(id: string): number;
  /** The themes that collate a lesson id; none when not given. */
  themesOf?(id: string): readonly ThemeMention[];
}

export interface HoverAnswer {
  markdown: string;
  range: Range;
}

/** Fields whose values are lesson ids other lessons are shown for. */
const REFERENCE_FIELDS = new Set(['adoption.lesson', 'related']);

/**
 * What to show over a position: a key shows what the field is for; a lesson id in
 * `adoption.lesson` or `related` shows that lesson's card; the lesson's own id says who
 * refers to it and which themes collate it; a locality shows its lessons at each stage; a
 * stage or action what it means.
 */
export function hoverAt(input: HoverInput): HoverAnswer | undefined {
  const { parsed, position } = input;
  const context = cursorContext(parsed, position);
  if (context.kind === 'key') {
    if (!context.keyOnly) return undefined;
    const key = textIn(parsed, context.range);
    const markdown = fieldHelpMarkdown([...context.mapPath, key]);
    return markdown ? { markdown, range: context.range } : undefined;
  }
  if (context.kind !== 'value') return undefined;
  const value = unquote(textIn(parsed, context.range));
  if (!value) return undefined;
  const name = context.fieldPath.join('.');
  const range = context.range;

  if (REFERENCE_FIELDS.has(name)) return { markdown: referencedLessonMarkdown(value, input.lessonsWithId(value), input.themesOf), range };
  if (name === 'id') {
    const count = input.referenceCount(value);
    const parts = [
      fieldHelpMarkdown(['id']),
      count === 0
        ? 'No other lesson adopts or relates to this lesson yet.'
        : `${count} ${count === 1 ? 'lesson adopts or relates' : 'lessons adopt or relate'} to this lesson.`,
    ];
    const inThemes = inThemesMarkdown(input.themesOf?.(value) ?? []);
    if (inThemes) parts.push(inThemes);
    return { markdown: parts.join('\n\n'), range };
  }
  if (name === 'locality') {
    const locality = findLocality(input.config, value);
    if (!locality) return { markdown: `**${escapeMarkdown(value)}** is not a locality of this workspace.`, range };
    return { markdown: localitySummaryMarkdown(localityStageCounts(locality, input.config, input.lessons)), range };
  }
  const field = schemaAt(LESSON_SCHEMA, context.fieldPath);
  const index = field?.enum?.indexOf(value) ?? -1;
  if (field?.enum && index >= 0) {
    const meaning = field.enumDescriptions?.[index];
    const place = name === 'stage' ? ` (stage ${index + 1} of ${field.enum.length})` : '';
    return { markdown: `**${escapeMarkdown(value)}**${place}${meaning ? ` — ${escapeMarkdown(meaning)}` : ''}`, range };
  }
  return undefined;
}

/**
 * The card of the lesson an id names (each one's, when several share it, with a warning),
 * or that no lesson has the id. Shared by lessons' references and themes' `lessons`.
 */
export function referencedLessonMarkdown(id: string, holders: readonly LessonEntry[], themesOf?: (id: string) => readonly ThemeMention[]): string {
  if (holders.length === 0) return `No lesson in the workspace has the id **${escapeMarkdown(id)}**.`;
  const cards = holders.map((holder) => lessonCardMarkdown(holder.facts, themesOf?.(id) ?? []));
  if (holders.length > 1) cards.unshift(`${holders.length} lessons have the id **${escapeMarkdown(id)}**; ids must be unique.`);
  return cards.join('\n\n---\n\n');
}

function textIn(parsed: ParsedYaml, range: Range): string {
  const span = lineSpan(parsed, range.start.line);
  return span ? span.text.slice(range.start.character, range.end.character) : '';
}

function unquote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length >= 2 && (trimmed[0] === '"' || trimmed[0] === "'") && trimmed.endsWith(trimmed[0])) return trimmed.slice(1, -1);
  return trimmed;
}
