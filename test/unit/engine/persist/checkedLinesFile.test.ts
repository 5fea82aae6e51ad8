import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readCheckedLines, writeCheckedLines, type CheckedLinesParser } from '../../../../server/src/engine/persist/checkedLinesFile';

/** A parser that keeps every item line as text and takes any header that is an object. */
function collecting(): { parser: CheckedLinesParser<unknown>; items: string[] } {
  const items: string[] = [];
  return {
    items,
    parser: {
      header: (value) => (typeof value === 'object' && value !== null ? { header: value } : { failure: 'not an object' }),
      item(data, start, end) {
        const text = data.toString('utf8', start, end);
        if (!text.startsWith('{')) return 'is not an item';
        items.push(text);
        return undefined;
      },
    },
  };
}

// Lines of very different lengths, some longer than the smallest chunks, and text outside ASCII.
const ITEMS = ['{"a":1}', `{"long":"${'x'.repeat(300)}"}`, '{"é":"ü ✓"}', '{}', `{"b":"${'y'.repeat(45)}"}`, '{"c":[1,2,3]}'];

describe('checked lines file', () => {
  let folder: string;
  let file: string;

  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'learn-once-lines-'));
    file = path.join(folder, 'items.ndjson');
    await writeCheckedLines(file, { version: 1 }, ITEMS, { pause: () => Promise.resolve() });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reads the same items whatever the chunk size, lines and the end cut across chunks included', async () => {
    const size = readFileSync(file).length;
    for (const chunkBytes of [1, 2, 3, 7, 8, 16, 31, 64, 100, 301, 302, size - 1, size, size + 1, 1 << 20]) {
      const { parser, items } = collecting();
      const load = await readCheckedLines(file, parser, chunkBytes);
      assert.deepEqual(load, { kind: 'loaded', header: { version: 1 }, count: ITEMS.length }, `chunks of ${chunkBytes} bytes`);
      assert.deepEqual(items, ITEMS, `chunks of ${chunkBytes} bytes`);
    }
  });

  it('discards the file when any one byte of an item changes, whatever the chunk size', async () => {
    const bytes = readFileSync(file);
    const firstItem = bytes.indexOf(0x0a) + 1;
    const trailer = bytes.lastIndexOf(0x0a, bytes.length - 2) + 1;
    // Letters inside items, replaced by other letters: every line still parses, only the checksum can tell.
    const letters = [...bytes.subarray(firstItem, trailer).entries()].filter(([, byte]) => byte === 0x78 || byte === 0x79).map(([at]) => firstItem + at);
    assert.ok(letters.length > 300);
    for (const at of letters.filter((_, i) => i % 37 === 0)) {
      const changed = Buffer.from(bytes);
      changed[at] = 0x7a;
      writeFileSync(file, changed);
      for (const chunkBytes of [3, 64, 1 << 20]) {
        const load = await readCheckedLines(file, collecting().parser, chunkBytes);
        assert.deepEqual(load, { kind: 'discarded', reason: 'the checksum does not match the contents' }, `byte ${at}, chunks of ${chunkBytes} bytes`);
      }
    }
  });

  it("pauses when the caller's slice is up rather than every 500 lines, and writes the same file", async () => {
    const many = Array.from({ length: 1200 }, (_, i) => `{"n":${i}}`);
    let pausesByCount = 0;
    await writeCheckedLines(file, { version: 1 }, many, {
      pause: () => {
        pausesByCount++;
        return Promise.resolve();
      },
    });
    const byCount = readFileSync(file);
    let checks = 0;
    let pausesByTime = 0;
    await writeCheckedLines(file, { version: 1 }, many, {
      slicer: {
        get due() {
          return ++checks % 100 === 0;
        },
        yield: () => {
          pausesByTime++;
          return Promise.resolve();
        },
      },
    });
    assert.equal(pausesByCount, 2);
    assert.equal(checks, 1200, 'asked after every line');
    assert.equal(pausesByTime, 12);
    assert.deepEqual(readFileSync(file), byCount);
    const { parser, items } = collecting();
    assert.equal((await readCheckedLines(file, parser)).kind, 'loaded');
    assert.deepEqual(items, many);
  });

  it('pauses between lines when the pacing says a slice is up, and reads the same items', async () => {
    for (const chunkBytes of [16, 1 << 20]) {
      const { parser, items } = collecting();
      let asked = 0;
      let pauses = 0;
      const load = await readCheckedLines(file, parser, chunkBytes, {
        get due() {
          return ++asked % 2 === 0;
        },
        yield: () => {
          pauses++;
          return Promise.resolve();
        },
      });
      assert.equal(load.kind, 'loaded');
      assert.deepEqual(items, ITEMS);
      // Asked after every line: the header, the items and the trailer.
      assert.equal(asked, ITEMS.length + 2, `chunks of ${chunkBytes} bytes`);
      assert.equal(pauses, Math.floor((ITEMS.length + 2) / 2));
    }
  });

  it('discards data after the end and a cut-off last line, whatever the chunk size', async () => {
    const bytes = readFileSync(file);
    for (const chunkBytes of [1, 5, 64, 1 << 20]) {
      writeFileSync(file, Buffer.concat([bytes, Buffer.from('{"more":true}\n')]));
      assert.deepEqual(await readCheckedLines(file, collecting().parser, chunkBytes), { kind: 'discarded', reason: 'there is data after the end of the file' });
      writeFileSync(file, bytes.subarray(0, bytes.length - 1));
      assert.deepEqual(await readCheckedLines(file, collecting().parser, chunkBytes), { kind: 'discarded', reason: 'the last line is cut off' });
      writeFileSync(file, bytes.subarray(0, bytes.lastIndexOf(0x0a, bytes.length - 2) + 1));
      assert.deepEqual(await readCheckedLines(file, collecting().parser, chunkBytes), { kind: 'discarded', reason: 'the file is cut off before its end' });
    }
  });
});
