import * as assert from 'node:assert/strict';
import { LineCounter, parseDocument } from 'yaml';
import { PositionMapper } from '../../../../server/src/engine/text/positions';

/** The line counter yaml's own parser fills for a text. */
function countedByParser(text: string): LineCounter {
  const lineCounter = new LineCounter();
  parseDocument(text, { lineCounter });
  return lineCounter;
}

describe('engine: positions', () => {
  it("puts every offset where yaml's LineCounter does, zero-based, from before the text to past its end", () => {
    for (const text of ['', 'a', 'id: X-1\n', 'id: X-1\ntitle: t\n\n\ngood: |\n  one\n  two', '\n\n', 'a\nb']) {
      const lineCounter = countedByParser(text);
      const positions = new PositionMapper(lineCounter, text.length, text);
      for (let offset = -2; offset <= text.length + 2; offset++) {
        const clamped = Math.max(0, Math.min(offset, text.length));
        const { line, col } = lineCounter.linePos(clamped);
        assert.deepEqual(positions.position(offset), { line: line - 1, character: col - 1 }, `${JSON.stringify(text)} at ${offset}`);
      }
    }
  });

  it('answers as LineCounter does when no line start was counted, and for a counter with gaps', () => {
    const empty = new LineCounter();
    assert.deepEqual(new PositionMapper(empty, 5).position(3), { line: -1, character: 2 });
    const sparse = new LineCounter();
    for (const start of [4, 9]) sparse.addNewLine(start);
    for (let offset = 0; offset <= 12; offset++) {
      const { line, col } = sparse.linePos(offset);
      assert.deepEqual(new PositionMapper(sparse, 12).position(offset), { line: line - 1, character: col - 1 }, String(offset));
    }
  });

  it('keeps an offset between \\r and \\n on the end of its line', () => {
    const text = 'id: X-1\r\ntitle: t\r\n';
    const positions = new PositionMapper(countedByParser(text), text.length, text);
    assert.deepEqual(positions.position(8), { line: 0, character: 7 });
    assert.deepEqual(positions.position(9), { line: 1, character: 0 });
  });
});
