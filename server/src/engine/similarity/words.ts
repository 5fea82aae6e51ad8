import { eng } from 'stopword';
import { stemWord } from './stemmer';

/**
 * Function words the stopword package's English list leaves in but that carry
 * nothing about what a lesson learnt. Negations are among them: a bag of words cannot
 * tell what they negate.
 */
const EXTRA_STOP_WORDS: readonly string[] = [
  ...['not', 'no', 'nor', 'so', 'will', 'does', 'its', 'just', 'us', 'via', 'etc', 'eg', 'ie', 'per', 'onto', 'upon', 'yet', 'whether', 'shall', 'may'],
  // Narrative filler common to any story about a project.
  ...['every', 'everyone', 'everything', 'anyone', 'anything', 'nobody', 'nothing', 'someone', 'something'],
  ...['once', 'already', 'almost', 'even', 'really', 'quite', 'rather', 'instead', 'ever', 'often', 'always', 'sometimes'],
];

const STOP_WORDS: ReadonlySet<string> = new Set([...eng.map((w) => w.toLowerCase()), ...EXTRA_STOP_WORDS]);

/** "nine months" and "9 months" should meet. */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((word, value) => [word, String(value)]),
);

/** A written NHS number (3-3-4 digits) says the lesson is about NHS numbers; its value says nothing. */
const NHS_NUMBER_VALUE = /\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g;

/** "GPs", "DPIAs", "ICB's": the plural or possessive of an acronym is the acronym. */
const ACRONYM_PLURAL = /\b([A-Z][A-Z0-9&]*[A-Z0-9])(?:'s|’s|s)\b/g;

/**
 * Sentence ends: punctuation followed by a space, or a blank line or a bullet. A single
 * line break is not one, since YAML block text wraps lines mid-sentence.
 */
const SENTENCE_END = /[.!?;:]+(?=\s|$)|\n\s*\n|\n\s*[-*•]\s/;

/** A word: letters and digits, with "&" kept inside ("A&E"). Hyphens and slashes split words. */
const WORD = /[a-z0-9]+(?:&[a-z0-9]+)*/g;

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * The normalised words of a text, one array per sentence: lower case, number words as
 * digits, stemmed. Stop words stay in (unstemmed) so thesaurus phrases can hold them
 * ("sign in" is not "sign", "opt out" is not "opt"); the tokeniser drops them after.
 * Thesaurus phrases never span sentences.
 */
export function sentenceWords(text: string): string[][] {
  const prepared = text
    .replace(NHS_NUMBER_VALUE, ' NHS number ')
    .replace(ACRONYM_PLURAL, '$1')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/'(?:s|re|ve|d|ll|m)\b/g, '')
    .replace(/'/g, '')
    .replace(/\s&\s/g, ' and ');
  const sentences: string[][] = [];
  for (const sentence of prepared.split(SENTENCE_END)) {
    const words = normaliseWords(sentence);
    if (words.length > 0) sentences.push(words);
  }
  return sentences;
}

/** All normalised words of a text, in order, stop words included. */
export function textWords(text: string): string[] {
  return sentenceWords(text).flat();
}

/** By exec on WORD itself: matchAll would copy the pattern for every sentence of every lesson. */
function normaliseWords(sentence: string): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence); match !== null; match = WORD.exec(sentence)) {
    const word = normaliseWord(match[0]);
    if (word !== undefined) words.push(word);
  }
  return words;
}

/**
 * Words already normalised. A workspace's lessons share a vocabulary of some thousands of
 * words, each written many thousand times; stemming is pure, so each word is stemmed once.
 * Emptied when full, so odd text cannot grow it without end.
 */
const NORMALISED = new Map<string, string | null>();
const MOST_NORMALISED = 50_000;

/** One lower-case word as the index reads it, or undefined for a lone letter. */
function normaliseWord(raw: string): string | undefined {
  const known = NORMALISED.get(raw);
  if (known !== undefined) return known ?? undefined;
  const word = NUMBER_WORDS.get(raw) ?? raw;
  const normalised = word.length < 2 && !/\d/.test(word) ? undefined : STOP_WORDS.has(word) ? word : stemWord(word);
  if (NORMALISED.size >= MOST_NORMALISED) NORMALISED.clear();
  NORMALISED.set(raw, normalised ?? null);
  return normalised;
}

/** A sentence of a text, by offsets (see sentenceWords for where sentences end). */
export interface TextSpan {
  start: number;
  end: number;
}

/** Where each sentence of a text is, leading and trailing space left out. */
export function sentenceSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const ends = new RegExp(SENTENCE_END.source, 'g');
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  for (const match of text.matchAll(ends)) {
    // The stop itself belongs to its sentence; a blank line or bullet does not.
    const end = /^[.!?;:]/.test(match[0]) ? match.index + match[0].length : match.index;
    push(end);
    start = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}

/**
 * Each word of a text where it is written, normalised as sentenceWords would read it,
 * for showing which words matched. Lone letters are left out.
 */
export function wordSpans(text: string, from = 0, to = text.length): (TextSpan & { word: string })[] {
  const spans: (TextSpan & { word: string })[] = [];
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(/[A-Za-z0-9]+(?:&[A-Za-z0-9]+)*/g)) {
    let raw = match[0];
    // "GPs" is the acronym "GP", as in sentenceWords.
    if (/^[A-Z][A-Z0-9&]*[A-Z0-9]s$/.test(raw)) raw = raw.slice(0, -1);
    const word = normaliseWord(raw.toLowerCase());
    if (word !== undefined) spans.push({ start: from + match.index, end: from + match.index + match[0].length, word });
  }
  return spans;
}
