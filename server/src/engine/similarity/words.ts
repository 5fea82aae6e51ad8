import { eng } from 'stopword/src/stopwords_eng.js';
import { endsSentence, isSpace, isStop, sentenceEnds, startsSentenceEnd } from './sentenceEnds';
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

/**
 * "GPs", "DPIAs", "ICB's": the plural or possessive of an acronym is the acronym. An acronym
 * is at most 64 characters: unbounded, the pattern backtracked over the rest of a long run of
 * capitals and "&" from each of its letters (40,000 characters of "A&" took over a second).
 */
const ACRONYM_PLURAL = /\b([A-Z][A-Z0-9&]{0,62}[A-Z0-9])(?:'s|’s|s)\b/g;

/** Any of the apostrophes the contractions below are written with. */
const APOSTROPHE = /['‘’`]/;

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
  let prepared = text.replace(NHS_NUMBER_VALUE, ' NHS number ').replace(ACRONYM_PLURAL, '$1').toLowerCase();
  // Each pattern below needs its character; most texts lack one or the other, and a search for
  // it is cheaper than the passes it spares.
  if (APOSTROPHE.test(prepared))
    prepared = prepared
      .replace(/[‘’`]/g, "'")
      .replace(/n't\b/g, ' not')
      .replace(/'(?:s|re|ve|d|ll|m)\b/g, '')
      .replace(/'/g, '');
  if (prepared.includes('&')) prepared = prepared.replace(/\s&\s/g, ' and ');
  return sentencesOf(prepared);
}

/** All normalised words of a text, in order, stop words included. */
export function textWords(text: string): string[] {
  return sentenceWords(text).flat();
}

/**
 * The words of a prepared text, as `[a-z0-9]+(?:&[a-z0-9]+)*` matches them (a word: letters
 * and digits, "&" kept inside, as in "A&E"; hyphens and slashes split words), grouped into
 * sentences, by one scan over char codes. A sentence end is made of characters no word holds,
 * so it lies in a gap between two words and is looked for only there, and only in a gap
 * holding a character one can start with. A match object for every word, and a string for
 * every sentence, were most of the time it took to read a text.
 */
function sentencesOf(text: string): string[][] {
  const sentences: string[][] = [];
  let words: string[] = [];
  const length = text.length;
  let at = 0;
  // Where in the current gap between words a sentence end could first start; -1 if nowhere.
  let endFrom = -1;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (!isWordCode(code)) {
      if (endFrom < 0 && startsSentenceEnd(code)) endFrom = at;
      at++;
      continue;
    }
    if (endFrom >= 0 && words.length > 0 && endsSentence(text, endFrom, at)) {
      sentences.push(words);
      words = [];
    }
    endFrom = -1;
    const start = at;
    at = wordEnd(text, at + 1, length);
    const word = normaliseWord(text.slice(start, at));
    if (word !== null) words.push(word);
  }
  if (words.length > 0) sentences.push(words);
  return sentences;
}

const AMPERSAND = 0x26;

/** Where the word running on at `from` ends: letters and digits, and "&" only between two of them (the pattern's `(?:&[a-z0-9]+)*`). */
function wordEnd(text: string, from: number, length: number): number {
  let at = from;
  for (;;) {
    while (at < length && isWordCode(text.charCodeAt(at))) at++;
    if (at + 1 < length && text.charCodeAt(at) === AMPERSAND && isWordCode(text.charCodeAt(at + 1))) at += 2;
    else return at;
  }
}

/** [a-z0-9]: the text is lower-cased first, so other letters separate words. */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Words already normalised, by their raw form. A workspace's lessons share a vocabulary of
 * some thousands of words, each written many thousand times; stemming is pure, so each word
 * is stemmed once. Emptied when full, so odd text cannot grow it without end.
 */
const NORMALISED = new Map<string, string | null>();
const MOST_NORMALISED = 50_000;

/**
 * Longer than any word: a run of letters and digits this long is a code, a key or pasted
 * data. It is read as it is, neither stemmed (the stemmer's patterns take time growing with
 * the square of a word's length: a run of 40,000 letters took 23 s) nor kept in NORMALISED.
 */
const MAX_STEMMED_LENGTH = 64;

/** One lower-case word as the index reads it: a number word as digits, stemmed unless a stop word; null for a lone letter. */
export function normaliseWord(raw: string): string | null {
  if (raw.length > MAX_STEMMED_LENGTH) return raw;
  const known = NORMALISED.get(raw);
  if (known !== undefined) return known;
  const word = NUMBER_WORDS.get(raw) ?? raw;
  const normalised = word.length < 2 && !/\d/.test(word) ? null : STOP_WORDS.has(word) ? word : stemWord(word);
  if (NORMALISED.size >= MOST_NORMALISED) NORMALISED.clear();
  NORMALISED.set(raw, normalised);
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
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  for (const found of sentenceEnds(text)) {
    // The stop itself belongs to its sentence; a blank line or bullet does not.
    push(isStop(text.charCodeAt(found.start)) ? found.end : found.start);
    start = found.end;
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
    if (/^[A-Z][A-Z0-9&]{0,62}[A-Z0-9]s$/.test(raw)) raw = raw.slice(0, -1);
    const word = normaliseWord(raw.toLowerCase());
    if (word !== null) spans.push({ start: from + match.index, end: from + match.index + match[0].length, word });
  }
  return spans;
}
