import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { describeField, LESSON_SCHEMA } from '../schema/schemas';
import { ANSWER_FIELDS, type AnswerField } from './importFields';
import type { ImportedLesson } from './rowToLesson';

/**
 * The text of an imported lesson, in the order and style of the New Lesson template: the
 * three answers as block literals with their question beside them, topics and related ids
 * as `[a, b]` lists. The `yaml` package writes every value, so quotes, colons, `#` and
 * line breaks in what people typed always read back as they typed them. An unanswered
 * question keeps the question as its placeholder, which the check points out.
 */
export function importedLessonText(lesson: ImportedLesson, id: string): string {
  const document = new Document(new YAMLMap());
  const root = document.contents as YAMLMap;
  const add = (key: string, value: unknown): void => {
    root.items.push(
      new Pair(new Scalar(key), value instanceof Scalar || value instanceof YAMLSeq || value instanceof YAMLMap ? value : document.createNode(value)),
    );
  };
  add('id', id);
  add('title', lesson.title);
  add('locality', lesson.locality.name);
  add('stage', lesson.stage);
  if (lesson.reviewedBy !== undefined) add('reviewed_by', lesson.reviewedBy);
  if (lesson.reviewedOn !== undefined) add('reviewed_on', lesson.reviewedOn);
  add('date', lesson.date);
  add('topics', flowList(document, lesson.topics));
  for (const field of ANSWER_FIELDS) add(field, answer(field, lesson.answers[field]));
  if (lesson.summary !== undefined) add('summary', lesson.summary.includes('\n') ? blockLiteral(lesson.summary) : lesson.summary);
  if (lesson.outcome !== undefined) add('outcome', lesson.outcome);
  if (lesson.adoption) {
    const adoption = new YAMLMap();
    for (const key of ['action', 'lesson', 'status', 'date', 'outcome'] as const) {
      const value = lesson.adoption[key];
      if (value !== undefined) adoption.items.push(new Pair(new Scalar(key), document.createNode(value)));
    }
    add('adoption', adoption);
  }
  if (lesson.related.length > 0) add('related', flowList(document, lesson.related));
  if (lesson.artefacts.length > 0) add('artefacts', flowList(document, lesson.artefacts));
  if (lesson.contact !== undefined) add('contact', lesson.contact);
  if (lesson.sensitivity !== undefined) add('sensitivity', lesson.sensitivity);
  // lineWidth 0: a long answer is never folded onto lines the person did not write.
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function answer(field: AnswerField, text: string | undefined): Scalar {
  const question = describeField(LESSON_SCHEMA, [field]) ?? field;
  const scalar = blockLiteral(text ?? `${question}\n`);
  scalar.comment = ` ${question}`;
  return scalar;
}

function blockLiteral(text: string): Scalar {
  const scalar = new Scalar(text);
  scalar.type = Scalar.BLOCK_LITERAL;
  return scalar;
}

function flowList(document: Document, items: readonly string[]): YAMLSeq {
  const list = document.createNode([...items]) as YAMLSeq;
  list.flow = true;
  return list;
}
