import { TEXT_FIELDS, type LessonText, type TextField } from './lessonText';
import type { Thesaurus } from './thesaurus';
import { tokenizeSentences } from './tokenize';

/** The terms of each field of a lesson, sentence by sentence. */
export type LessonTerms = Record<TextField, string[][]>;

/** Tokenises every field; each topic is its own sentence so topics never run together. */
export function lessonTerms(text: LessonText, thesaurus: Thesaurus): LessonTerms {
  const terms = {} as LessonTerms;
  for (const field of TEXT_FIELDS) {
    terms[field] =
      field === 'topics' ? asStrings(text.topics).flatMap((topic) => tokenizeSentences(topic, thesaurus)) : tokenizeSentences(asString(text[field]), thesaurus);
  }
  return terms;
}

// Lessons come from hand-written YAML: a field can hold anything until the schema check.
function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
