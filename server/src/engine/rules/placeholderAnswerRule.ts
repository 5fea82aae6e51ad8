import { isScalar } from '../yaml/nodeKinds';
import { ANSWER_FIELDS } from '../lesson/lessonModel';
import type { Problem } from '../problem';
import { describeField, LESSON_SCHEMA } from '../schema/schemas';
import { nodeRange } from '../yaml/parseYamlFile';
import { keyNode, locate } from '../yaml/locate';
import type { LessonRule } from './ruleTypes';

/** Answers that only hold a placeholder, compared after trimming and ignoring case and full stops. */
const PLACEHOLDERS = new Set(['', 'tbd', 'tbc', 'todo', 'to do', 'n/a', 'na', 'none', '-', '--', '...', '…', 'xxx', 'tba', 'placeholder', '?']);

const LONGEST_PLACEHOLDER = Math.max(...[...PLACEHOLDERS].map((placeholder) => placeholder.length));

/** The three questions are the point of a lesson; a placeholder answer is not yet a lesson. */
export const placeholderAnswerRule: LessonRule = ({ parsed }) => {
  const problems: Problem[] = [];
  for (const field of ANSWER_FIELDS) {
    const located = locate(parsed.root, [field]);
    const node = located?.node;
    if (!isScalar(node) || typeof node.value !== 'string') continue;
    const question = describeField(LESSON_SCHEMA, [field]) ?? '';
    // A real answer is longer than any placeholder and than the question: no need to normalise it.
    if (node.value.length > 2 * Math.max(LONGEST_PLACEHOLDER, question.length) + 2) continue;
    const normalised = node.value
      .trim()
      .toLowerCase()
      .replace(/(?<=\w)\.$/, '');
    // A new lesson's template repeats the question as the answer until someone writes one.
    const isQuestion = normalised === question.toLowerCase();
    if (!PLACEHOLDERS.has(normalised) && !isQuestion) continue;
    const range = normalised === '' ? nodeRange(parsed.positions, keyNode(located?.pair)) : nodeRange(parsed.positions, node);
    if (!range) continue;
    problems.push({
      code: 'placeholder-answer',
      severity: 'warning',
      message: isQuestion
        ? `${field} still holds the question; replace it with the answer: "${question}"`
        : `${field} ${normalised === '' ? 'is empty' : `only says '${node.value.trim()}'`}: answer "${question}"`,
      range,
    });
  }
  return problems;
};
