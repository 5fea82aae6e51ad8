import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseWord, sentenceWords } from '../../../../server/src/engine/similarity/words';

/**
 * The plain reading of a text, by the patterns docs/similarity.md describes: every clean-up
 * pass applied, split at sentence ends, each sentence's words matched by a pattern. The
 * tokeniser reads the same words in one scan; this is what it must agree with.
 */
function plainSentenceWords(text: string): string[][] {
  const prepared = text
    .replace(/\b\d{3}[ -]?\d{3}[ -]?\d{4}\b/g, ' NHS number ')
    .replace(/\b([A-Z][A-Z0-9&]{0,62}[A-Z0-9])(?:'s|’s|s)\b/g, '$1')
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/n't\b/g, ' not')
    .replace(/'(?:s|re|ve|d|ll|m)\b/g, '')
    .replace(/'/g, '')
    .replace(/\s&\s/g, ' and ');
  const sentences: string[][] = [];
  for (const sentence of prepared.split(/[.!?;:]+(?=\s|$)|\n\s*\n|\n\s*[-*•]\s/)) {
    const words: string[] = [];
    for (const match of sentence.matchAll(/[a-z0-9]+(?:&[a-z0-9]+)*/g)) {
      const word = normaliseWord(match[0]);
      if (word !== null) words.push(word);
    }
    if (words.length > 0) sentences.push(words);
  }
  return sentences;
}

/** Text dense in what the reading turns on: sentence ends, line breaks, bullets, apostrophes, "&", digits, capitals. */
const pieces = [
  ...['a', 'e', 'i', 's', 'x', 'A', 'S', 'G', 'P', 'ICB', 'GPs', 'sign', 'off', 'nine', 'the', 'data', 'agreements', 'é', 'ß'],
  ...['0', '1', '123', '456', '7890', '1234567890', '12345678901'],
  ...[' ', ' ', '  ', '\t', '\n', '\n\n', '\n  ', '\u00a0', '\u2028', '\r\n'],
  ...['.', '..', '!', '?', ';', ':', ',', '-', '*', '•', '/', '&', ' & ', "'", '’', '‘', '`', "n't", "'s", "'re", "'ll", '"'],
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('similarity: words', () => {
  it('reads every text into the same sentences and words as the plain patterns do', () => {
    fc.assert(
      fc.property(text, (sample) => {
        assert.deepEqual(sentenceWords(sample), plainSentenceWords(sample));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it('reads any characters at all as the plain patterns do', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (sample) => {
        assert.deepEqual(sentenceWords(sample), plainSentenceWords(sample));
      }),
      { numRuns: 2000, seed: 12 },
    );
  });

  it('ends a sentence only where punctuation is followed by a space, at a blank line or at a bullet', () => {
    assert.deepEqual(sentenceWords('Data sharing. Agreements signed'), [
      ['data', 'share'],
      ['agreement', 'sign'],
    ]);
    assert.deepEqual(sentenceWords('version 2.1 went live'), [['version', '2', '1', 'went', 'live']]);
    assert.deepEqual(sentenceWords('one line\nwrapped on'), [['1', 'line', 'wrap', 'on']]);
    assert.deepEqual(sentenceWords('first\n\nsecond\n - third'), [['first'], ['second'], ['third']]);
  });

  it('keeps "&" inside a word and reads a standalone "&" as "and"', () => {
    assert.deepEqual(sentenceWords('A&E & GP'), [['a&e', 'and', 'gp']]);
  });

  it('reads a run of letters and digits longer than any word (a code, pasted data) as it is, unstemmed, in one pass', () => {
    // Stemmed, or tested as an acronym's plural from each of its letters, such a run took seconds to read.
    const code = 'A'.repeat(40_000);
    assert.deepEqual(sentenceWords(`${code}x ends`), [[`${code.toLowerCase()}x`, 'end']]);
    const joined = 'A&'.repeat(20_000);
    // The plural's s goes, as for any acronym ("A&B" is one, at the run's end).
    assert.deepEqual(sentenceWords(`${joined}Bs`), [[`${joined.toLowerCase()}b`]]);
    assert.deepEqual(sentenceWords("n't".repeat(20_000)), [['nt'.repeat(19_999), 'not']]);
    // Up to 64 characters a word is still stemmed, and an acronym's plural still read as the acronym.
    assert.deepEqual(sentenceWords(`${'x'.repeat(60)}ings GPs`), [[`${'x'.repeat(60)}ing`, 'gp']]);
  });
});
