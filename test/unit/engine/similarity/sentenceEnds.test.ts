import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsSentence, isSpace, sentenceEnds } from '../../../../server/src/engine/similarity/sentenceEnds';
import { sentenceSpans, sentenceWords } from '../../../../server/src/engine/similarity/words';

/** The pattern the scan stands for (docs/similarity.md: punctuation and a space, a blank line, a bullet). */
const SENTENCE_END = /[.!?;:]+(?=\s|$)|\n\s*\n|\n\s*[-*•]\s/g;

/** Text dense in what sentence ends turn on. */
const pieces = [
  'a',
  'word',
  '1',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\n  ',
  '\r\n',
  '\u00a0',
  '\u2028',
  '\u3000',
  '.',
  '..',
  '!',
  '?',
  ';',
  ':',
  ',',
  '-',
  '*',
  '•',
  '- ',
  '* ',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** sentenceSpans as the pattern's global matches place them. */
function plainSentenceSpans(source: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(source[from]!)) from++;
    while (to > from && /\s/.test(source[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  for (const match of source.matchAll(SENTENCE_END)) {
    push(/^[.!?;:]/.test(match[0]) ? match.index + match[0].length : match.index);
    start = match.index + match[0].length;
  }
  push(source.length);
  return spans;
}

describe('similarity: sentence ends', () => {
  it('finds every sentence end the pattern’s global matches find, at the same places', () => {
    fc.assert(
      fc.property(text, (sample) => {
        const expected = [...sample.matchAll(SENTENCE_END)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
        assert.deepEqual(sentenceEnds(sample), expected);
      }),
      { numRuns: 5000, seed: 21 },
    );
  });

  it('places sentences exactly where the pattern does', () => {
    fc.assert(
      fc.property(text, (sample) => {
        assert.deepEqual(sentenceSpans(sample), plainSentenceSpans(sample));
      }),
      { numRuns: 3000, seed: 22 },
    );
  });

  it('says a gap ends a sentence exactly when the pattern matches from somewhere in it', () => {
    const gap = fc
      .array(fc.constantFrom(' ', '\n', '\t', '\u00a0', '.', '!', ':', ',', '-', '*', '•', '(', '"'), { maxLength: 8 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(gap, fc.boolean(), (between, atEnd) => {
        const sample = `word${between}${atEnd ? '' : 'next'}`;
        const from = 4;
        const to = 4 + between.length;
        const expected = [...sample.matchAll(SENTENCE_END)].some((match) => match.index >= from && match.index < to);
        assert.equal(endsSentence(sample, from, to), expected, JSON.stringify(sample));
      }),
      { numRuns: 3000, seed: 23 },
    );
  });

  it('counts as a space exactly what \\s matches, for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) assert.equal(isSpace(code), /\s/.test(String.fromCharCode(code)), code.toString(16));
  });

  it('reads a long run of stops that ends no sentence in one pass, as it reads a short one', () => {
    // The pattern tried at each stop of the run backtracks over the rest of it: 40,000 stops took seconds.
    const run = '.'.repeat(200_000);
    assert.deepEqual(sentenceWords(`first ${run}second`), [['first', 'second']]);
    assert.deepEqual(sentenceEnds(`first ${run}second`), []);
    assert.deepEqual(sentenceSpans(`first ${run}second`), [{ start: 0, end: run.length + 12 }]);
  });
});
