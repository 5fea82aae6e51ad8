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
    const digits = pattern.exec(id)?.[1];
    if (digits !== undefined && BigInt(digits) > highest) highest = BigInt(digits);
  }
  return `${prefix}-${String(highest + 1n).padStart(ID_DIGITS, '0')}`;
}

export interface NewLessonInput {
  id: string;
  title: string;
  locality: Locality;
  /** YYYY-MM-DD */
  date: string;
  /** The workspace's topic list: the snippet offers it as a choice, so the first topic is a listed one. */
  topics?: readonly string[];
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
  const topicChoice = (): string => {
    const topics = (input.topics ?? []).filter((topic) => topic.trim() !== '');
    if (!options.snippet || topics.length === 0) return placeholder('topic');
    return `\${${++stop}|${topics.map((topic) => escapeChoice(quoteInFlow(topic))).join(',')}|}`;
  };
  return [
    `id: ${esc(input.id)}`,
    `title: ${esc(quote(input.title))}`,
    `locality: ${esc(quote(input.locality.name))}`,
    'stage: captured',
    `date: ${input.date}`,
    `topics: [${topicChoice()}]`,
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

/** A topic as it may stand in a flow list: quoted when a comma, bracket or colon would split or end it. */
function quoteInFlow(text: string): string {
  return isPlainSafe(text) && !/[,[\]{}]/.test(text) ? text : JSON.stringify(text);
}

/** Text inside a snippet choice, where commas and bars separate the options. */
function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (char) => `\\${char}`);
}

function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (char) => `\\${char}`);
}
