/** A candidate's text made ready for matching: lower case and where its words start. */
export interface PreparedText {
  lower: string;
  wordStarts: number[];
  /** 1 at each offset where a word starts. */
  startFlags: Uint8Array;
}

export function prepareText(text: string): PreparedText {
  const lower = text.toLowerCase();
  const wordStarts: number[] = [];
  const startFlags = new Uint8Array(lower.length);
  let previousIsWordChar = false;
  for (let at = 0; at < lower.length; at++) {
    const wordChar = isWordChar(lower.charCodeAt(at), lower.charAt(at));
    if (wordChar && !previousIsWordChar) {
      wordStarts.push(at);
      startFlags[at] = 1;
    }
    previousIsWordChar = wordChar;
  }
  return { lower, wordStarts, startFlags };
}

/**
 * A matcher for typed text: how well it matches a candidate, higher is better,
 * undefined for no match. The candidate's start beats a word's start ("manc" →
 * "Greater Manchester Care Record"), which beats each typed word starting a word, which
 * beats the letters in order from word starts ("gmcr"). Case is ignored. Made once per
 * query so a workspace of many lessons is matched without repeating the query's work.
 */
export function fuzzyMatcher(typed: string): (candidate: string | PreparedText) => number | undefined {
  const query = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  const queryWords = query.split(' ');
  const letters = query.replace(/ /g, '');
  return (candidate) => {
    if (!query) return 0;
    const prepared = typeof candidate === 'string' ? prepareText(candidate) : candidate;
    const { lower, wordStarts } = prepared;
    if (lower.startsWith(query)) return 1000 - lower.length;
    // Most candidates do not hold the first letter at all: the cheap test first.
    if (!lower.includes(letters.charAt(0))) return undefined;
    const wordIndex = wordStarts.findIndex((start) => lower.startsWith(query, start));
    if (wordIndex >= 0) return 800 - wordIndex * 10;
    if (queryWords.length > 1 && queryWords.every((part) => wordStarts.some((start) => lower.startsWith(part, start)))) return 600;
    const skipped = lettersFromWordStarts(letters, prepared);
    return skipped === undefined ? undefined : 400 - skipped;
  };
}

export function fuzzyScore(typed: string, candidate: string | PreparedText): number | undefined {
  return fuzzyMatcher(typed)(candidate);
}

/** The best score of any of a candidate's names (a locality's name, aliases and prefix). */
export function bestFuzzyScore(typed: string, names: readonly string[]): number | undefined {
  const match = fuzzyMatcher(typed);
  let best: number | undefined;
  for (const name of names) {
    const score = match(name);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  return best;
}

/**
 * The letters of the query in order, the first at a word's start and every letter that
 * follows a skip also at a word's start; returns the number of skipped characters.
 */
function lettersFromWordStarts(letters: string, { lower: text, startFlags }: PreparedText): number | undefined {
  let at = 0;
  let skipped = 0;
  let previous = -2;
  for (const letter of letters) {
    let found = -1;
    for (let probe = at; probe < text.length; probe++) {
      if (text[probe] !== letter) continue;
      if (probe === previous + 1 || startFlags[probe] === 1) {
        found = probe;
        break;
      }
    }
    if (found < 0) return undefined;
    if (found !== previous + 1) skipped += found - at;
    previous = found;
    at = found + 1;
  }
  return skipped;
}

function isWordChar(code: number, char: string): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}]/u.test(char);
}
