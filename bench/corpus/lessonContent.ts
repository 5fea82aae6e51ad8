import type { Theme } from './prose';

/**
 * How much care went into writing a lesson up: most are a few sentences per question, some
 * are rough notes never tidied, and a few are long write-ups with lists, several paragraphs,
 * outcomes and documents (the 3–5 KB tail of real catalogues).
 */
export type LessonStyle = 'draft' | 'standard' | 'detailed';

/** A paragraph of an answer: sentences run together, or one list item (`- …`) per sentence. */
export interface Passage {
  bullets: boolean;
  sentences: string[];
}

/** An answer to one of the three questions: paragraphs separated by blank lines. */
export type Answer = Passage[];

/** What a lesson says, before it is written out as YAML; a paraphrase restates it. */
export interface LessonContent {
  theme: Theme;
  style: LessonStyle;
  title: string;
  topics: string[];
  good: Answer;
  notSoGood: Answer;
  improvements: Answer;
  /** One paragraph, two for a detailed lesson. */
  summary: string[];
  /** The measurable result, when the lesson states one. */
  outcome?: string;
}

/** The specifics one lesson keeps throughout: its one or two things, place, product, project, when and how many. */
export interface Focus {
  theme: Theme;
  things: string[];
  place: string;
  place2: string;
  product: string;
  project: string;
  month: string;
  year: string;
  number: string;
}
