import { parse } from 'yaml';
import type { Locality } from '../config/workspaceConfig';
import { describeField, LESSON_SCHEMA } from '../schema/schemas';

/** Ids are the prefix, a dash and at least four digits. */
const ID_DIGITS = 4;

/** The next id of a locality not used by any existing lesson: one past the highest number. */
export function nextFreeId(prefix: string, existingIds: Iterable<string>): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  // BigInt: past 2^53 a Number rounds, and "one past the highest" could be an id in use.
  let highest = 0n;
  for (const id of existingIds) {
    const match = pattern.exec(id);
    if (match && BigInt(match[1]) > highest) highest = BigInt(match[1]);
  }
  return `${prefix}-${String(highest + 1n).padStart(ID_DIGITS, '0')}`;
}

export interface NewLessonInput {
  id: string;
  title: string;
  locality: Locality;
  /** YYYY-MM-DD */
  date: string;
}

/**
 * The text of a new lesson: every required field, the three questions as comments and
 * placeholders. `snippet` gives VS Code tab stops; plain text is for files written directly.
 */
export function newLessonText(input: NewLessonInput, options: { snippet?: boolean } = {}): string {
  let stop = 0;
  const placeholder = (text: string): string => (options.snippet ? `\${${++stop}:${escapeSnippet(text)}}` : text);
  const question = (field: 'good' | 'not_so_good' | 'improvements'): string => describeField(LESSON_SCHEMA, [field]) ?? field;
  const quote = (text: string): string => (isPlainSafe(text) ? text : JSON.stringify(text));
  const esc = (text: string): string => (options.snippet ? escapeSnippet(text) : text);
  return [
    `id: ${esc(input.id)}`,
    `title: ${esc(quote(input.title))}`,
    `locality: ${esc(quote(input.locality.name))}`,
    'stage: captured',
    `date: ${input.date}`,
    `topics: [${placeholder('topic')}]`,
    `good: |  # ${question('good')}`,
    `  ${placeholder(question('good'))}`,
    `not_so_good: |  # ${question('not_so_good')}`,
    `  ${placeholder(question('not_so_good'))}`,
    `improvements: |  # ${question('improvements')}`,
    `  ${placeholder(question('improvements'))}`,
    '',
  ].join('\n');
}

/** File name of a lesson: its id and the lesson extension. */
export function lessonFileName(id: string): string {
  return `${id}.lesson.yaml`;
}

/** Text that can be written unquoted and still read back as the same text, e.g. not '2025', 'true' or 'a '. */
function isPlainSafe(text: string): boolean {
  return /^[\w][\w .,'()&-]*$/.test(text) && parse(text, { schema: 'core' }) === text;
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}
