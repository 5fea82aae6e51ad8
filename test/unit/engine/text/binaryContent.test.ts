import * as assert from 'node:assert/strict';
import type { Range } from '../../../../server/src/engine/problem';
import { binaryContentProblem } from '../../../../server/src/engine/text/binaryContent';

const at = (offset: number): Range => ({ start: { line: 0, character: offset }, end: { line: 0, character: offset + 1 } });

describe('binary content', () => {
  it('finds the first NUL in text or in bytes and places the problem where asked', () => {
    const expected = { code: 'not-text', severity: 'error', message: 'This file is binary, not text; a lesson is a UTF-8 YAML text file.', range: at(3) };
    assert.deepEqual(binaryContentProblem('id:\u0000x\u0000', at), expected);
    assert.deepEqual(binaryContentProblem(Buffer.from([0x69, 0x64, 0x3a, 0, 0x78, 0]), at), expected);
  });

  it('names what the file should have been', () => {
    assert.equal(binaryContentProblem('\u0000', at, 'theme')?.message, 'This file is binary, not text; a theme is a UTF-8 YAML text file.');
  });

  it('finds nothing in text without a NUL', () => {
    assert.equal(binaryContentProblem('id: GM-0001\n', at), undefined);
    assert.equal(binaryContentProblem(Buffer.from('é\u0007', 'utf8'), at), undefined);
  });
});
