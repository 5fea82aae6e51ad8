import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { URI } from 'vscode-uri';
import { fileUri } from '../../../../server/src/engine/workspace/fileUri';

/** Characters a path may hold, the plain ones and every one a URI writes differently. */
const ALPHABET = [
  'a',
  'Z',
  '0',
  '9',
  '/',
  '.',
  '_',
  '~',
  '-',
  ' ',
  '%',
  ':',
  '#',
  '?',
  '@',
  '+',
  '!',
  '$',
  '&',
  "'",
  '(',
  ')',
  '*',
  ',',
  ';',
  '=',
  '[',
  ']',
  '\\',
  'é',
  '😀',
];

describe('fileUri', () => {
  it('writes a plain absolute path after file:// as URI.file does', () => {
    assert.equal(fileUri('/work/lessons/GM-0001.lesson.yaml'), 'file:///work/lessons/GM-0001.lesson.yaml');
    assert.equal(fileUri('/work/lessons/GM-0001.lesson.yaml'), URI.file('/work/lessons/GM-0001.lesson.yaml').toString());
  });

  it('leaves every other path to URI.file: spaces, percent signs, drive letters, a server name', () => {
    for (const path of [
      '/work/my lessons/a.lesson.yaml',
      '/work/100%/a.lesson.yaml',
      'c:/work/a.lesson.yaml',
      '//server/share/a.lesson.yaml',
      'relative/a.lesson.yaml',
      '/work/é/a.lesson.yaml',
    ])
      assert.equal(fileUri(path), URI.file(path).toString(), path);
  });

  it('agrees with URI.file on 20,000 paths drawn from plain and awkward characters', () => {
    // Half the paths from the plain characters only (the first nine), so the quick way is taken often.
    const pathOf = (alphabet: readonly string[]): fc.Arbitrary<string> =>
      fc.tuple(fc.boolean(), fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 24 })).map(([absolute, rest]) => (absolute ? `/${rest}` : rest));
    let plain = 0;
    fc.assert(
      fc.property(fc.oneof(pathOf(ALPHABET.slice(0, 9)), pathOf(ALPHABET)), (path) => {
        let expected: string;
        try {
          expected = URI.file(path).toString();
        } catch {
          // URI.file refuses a few ('///x': no server, yet two slashes); fileUri must refuse them too.
          assert.throws(() => fileUri(path), JSON.stringify(path));
          return;
        }
        if (fileUri(path) === `file://${path}`) plain++;
        assert.equal(fileUri(path), expected, JSON.stringify(path));
      }),
      { numRuns: 20_000, seed: 7 },
    );
    assert.ok(plain > 5_000, `the quick way was taken for ${plain} paths`);
  });
});
