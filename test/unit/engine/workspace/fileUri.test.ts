import * as assert from 'node:assert/strict';
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
    let seed = 7;
    const next = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      // The high bits: a power-of-two LCG's low bits repeat with a short period.
      return Math.floor(seed / 65536) % below;
    };
    let plain = 0;
    for (let n = 0; n < 20_000; n++) {
      // Half the paths from the plain characters only, so the quick way is taken often.
      const letters = n % 2 === 0 ? 9 : ALPHABET.length;
      let path = next(4) === 0 ? '' : '/';
      for (let length = next(24); length > 0; length--) path += ALPHABET[next(letters)]!;
      let expected: string | undefined;
      try {
        expected = URI.file(path).toString();
      } catch {
        // URI.file refuses a few ('///x': no server, yet two slashes); fileUri must refuse them too.
        assert.throws(() => fileUri(path), JSON.stringify(path));
        continue;
      }
      if (fileUri(path) === `file://${path}`) plain++;
      assert.equal(fileUri(path), expected, JSON.stringify(path));
    }
    assert.ok(plain > 5_000, `the quick way was taken for ${plain} paths`);
  });
});
