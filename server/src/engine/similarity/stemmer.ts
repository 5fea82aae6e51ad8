import porter2 from 'wink-porter2-stemmer';

/**
 * Words whose Porter2 stem collides with a word of another meaning that the
 * thesaurus relies on: "provide" and "provider" both stem to "provid", which would
 * make every "provided" read as a care provider (a trust); "medical" would read as
 * medication.
 */
const STEM_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['provide', 'provide'],
  ['provides', 'provide'],
  ['provided', 'provide'],
  ['providing', 'provide'],
  // "medical" and "medication" both stem to "medic".
  ['medical', 'medical'],
]);

/** Stemming is the costly part of tokenising; a lesson corpus reuses a small vocabulary. */
const MAX_CACHED = 50_000;
const cache = new Map<string, string>();

/** The stem of one lower-case word, with British and American spellings brought together. */
export function stemWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = STEM_OVERRIDES.get(word) ?? porter2(britishSpelling(word));
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}

/**
 * "organization" stems to "organ" but "organisation" to "organis"; lessons are written
 * both ways, so -ize/-yze forms are turned into -ise/-yse before stemming. Short words
 * ("size", "prize") are left alone.
 */
function britishSpelling(word: string): string {
  if (word.length <= 5) return word;
  return word.replace(/([iy])z(e|es|ed|ing|ation|ations|er|ers)$/, '$1s$2');
}
