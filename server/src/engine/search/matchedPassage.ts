import type { LessonFacts } from '../lesson/lessonModel';
import { termSpans } from '../similarity/termSpans';
import type { Thesaurus } from '../similarity/thesaurus';
import { sentenceSpans, type TextSpan } from '../similarity/words';

/** The fields a passage may come from, in the order preferred when two match as well. */
export const PASSAGE_FIELDS = ['title', 'summary', 'improvements', 'not_so_good', 'good', 'topics'] as const;
export type PassageField = (typeof PASSAGE_FIELDS)[number];

/** About two lines of a quick pick: a few words either side of what matched. */
const MAX_PASSAGE_CHARS = 180;
/** Words kept before the first match when the sentence is too long to show whole. */
const LEAD_CHARS = 50;

export interface Passage {
  /** The passage, white space as single spaces, "…" where it was cut. */
  text: string;
  /** The matched words and phrases, as [start, end) offsets in `text`. */
  marks: [number, number][];
  field: PassageField;
  /** Offset in the field's value of the first matched word, to open the lesson there. */
  valueOffset: number;
}

export function fieldText(facts: LessonFacts, field: PassageField): string {
  return field === 'topics' ? facts.topics.join(', ') : (facts[field] ?? '');
}

/**
 * The sentence of a lesson that holds the most of the query's terms (rarer terms count
 * more, as `weight` says), cut to a few words either side of them.
 */
export function matchedPassage(facts: LessonFacts, terms: ReadonlySet<string>, weight: (term: string) => number, thesaurus: Thesaurus): Passage | undefined {
  let best: { field: PassageField; text: string; sentence: TextSpan; spans: TextSpan[]; value: number } | undefined;
  for (const field of PASSAGE_FIELDS) {
    const text = fieldText(facts, field);
    if (!text) continue;
    for (const sentence of sentenceSpans(text)) {
      const spans = termSpans(text, terms, thesaurus, sentence.start, sentence.end);
      if (spans.length === 0) continue;
      const distinct = new Set(spans.map((span) => span.term));
      let value = 0;
      for (const term of distinct) value += weight(term);
      if (!best || value > best.value) best = { field, text, sentence, spans, value };
    }
  }
  if (!best) return undefined;
  const { text, sentence, spans, field } = best;
  let from = sentence.start;
  let to = sentence.end;
  if (to - from > MAX_PASSAGE_CHARS) {
    from = Math.max(sentence.start, spans[0]!.start - LEAD_CHARS);
    to = Math.min(sentence.end, from + MAX_PASSAGE_CHARS);
    from = wordStart(text, from, sentence.start);
    to = wordEnd(text, to, sentence.end);
  }
  return { ...flatten(text, from, to, spans, from > sentence.start, to < sentence.end), field, valueOffset: spans[0]!.start };
}

/** Back to the start of the word `at` is in, not before `floor`. */
function wordStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && /\S/.test(text[i - 1]!)) i--;
  return i;
}

function wordEnd(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && /\S/.test(text[i]!)) i++;
  return i;
}

/** text[from, to) with white space runs as one space, and the spans inside it moved to match. */
function flatten(text: string, from: number, to: number, spans: readonly TextSpan[], cutBefore: boolean, cutAfter: boolean): Pick<Passage, 'text' | 'marks'> {
  const at = new Map<number, number>();
  let out = cutBefore ? '…' : '';
  let inSpace = false;
  for (let i = from; i < to; i++) {
    at.set(i, out.length);
    const char = text[i]!;
    if (/\s/.test(char)) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += char;
      inSpace = false;
    }
  }
  at.set(to, out.length);
  if (cutAfter) out += '…';
  const marks: [number, number][] = [];
  for (const span of spans) {
    if (span.start < from || span.end > to) continue;
    marks.push([at.get(span.start)!, at.get(span.end)!]);
  }
  return { text: out, marks };
}
