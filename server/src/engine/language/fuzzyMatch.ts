/**
 * How well typed text matches a candidate, higher is better, undefined for no match.
 * The candidate's start beats a word's start ("manc" → "Greater Manchester Care
 * Record"), which beats each typed word starting a word, which beats the letters in
 * order starting at word starts ("gmcr"). Case is ignored.
 */
export function fuzzyScore(typed: string, candidate: string): number | undefined {
  const query = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!query) return 0;
  const text = candidate.toLowerCase();
  if (text.startsWith(query)) return 1000 - text.length;
  const words = wordsOf(text);
  const wordIndex = words.findIndex((word) => text.startsWith(query, word.start));
  if (wordIndex >= 0) return 800 - wordIndex * 10;
  const queryWords = query.split(' ');
  if (queryWords.length > 1 && queryWords.every((part) => words.some((word) => text.startsWith(part, word.start)))) return 600;
  const initials = lettersFromWordStarts(query.replace(/ /g, ''), text, words);
  if (initials !== undefined) return 400 - initials;
  return undefined;
}

interface Word {
  start: number;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (let at = 0; at < text.length; at++) {
    const isWordChar = /[\p{L}\p{N}]/u.test(text[at]);
    const previousIsWordChar = at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]);
    if (isWordChar && !previousIsWordChar) words.push({ start: at });
  }
  return words;
}

/**
 * The letters of the query in order, the first at a word's start and every letter that
 * follows a skip also at a word's start; returns the number of skipped characters.
 */
function lettersFromWordStarts(query: string, text: string, words: Word[]): number | undefined {
  const starts = new Set(words.map((word) => word.start));
  let at = 0;
  let skipped = 0;
  let previous = -2;
  for (const letter of query) {
    let found = -1;
    for (let probe = at; probe < text.length; probe++) {
      if (text[probe] !== letter) continue;
      if (probe === previous + 1 || starts.has(probe)) {
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

/** The best score of any of a candidate's names (a locality's name, aliases and prefix). */
export function bestFuzzyScore(typed: string, names: readonly string[]): number | undefined {
  let best: number | undefined;
  for (const name of names) {
    const score = fuzzyScore(typed, name);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  return best;
}
