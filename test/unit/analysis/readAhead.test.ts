import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { contentHash } from '../../../server/src/engine/persist/contentHash';
import { readPlainFileSync } from '../../../server/src/engine/workspace/readLessonFile';
import { READER_THREAD_ENV, ReadAhead, type ReadAheadFile } from '../../../server/src/analysis/readAhead';
import { bundleThread } from '../../support/bundleThread';

const MAX_FILE_SIZE = 64;

describe('analysis: ReadAhead (the reader thread)', () => {
  let root: string;
  let script: string;
  let paths: string[];
  let reader: ReadAhead | undefined;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-read-ahead-'));
    // The thread runs as it is shipped: bundled, in a worker of its own.
    script = await bundleThread('server/src/analysis/readerThread.ts', root);
    writeFileSync(path.join(root, 'a.lesson.yaml'), 'id: A-1\ntitle: First\n');
    writeFileSync(path.join(root, 'empty.lesson.yaml'), '');
    writeFileSync(path.join(root, 'large.lesson.yaml'), 'x'.repeat(MAX_FILE_SIZE + 1));
    writeFileSync(path.join(root, 'b.lesson.yaml'), 'id: B-2\ntitle: Second, with “quotes”\n');
    mkdirSync(path.join(root, 'folder.lesson.yaml'));
    paths = ['a.lesson.yaml', 'missing.lesson.yaml', 'empty.lesson.yaml', 'large.lesson.yaml', 'folder.lesson.yaml', 'b.lesson.yaml'].map((name) =>
      path.join(root, name),
    );
  });

  afterEach(async () => {
    await reader?.close();
    reader = undefined;
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  /** Asks for the files until the thread's answer is there when taken (earlier asks are overtaken while it starts). */
  async function readThroughThread(ahead: ReadAhead): Promise<ReadAheadFile[]> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const seq = ahead.request(paths);
      await sleep(10 + attempt * 10);
      const files = ahead.take(seq);
      if (files) return files;
    }
    assert.fail('the reader thread never answered');
  }

  it('gives each file as readPlainFileSync reads it here: bytes, status, the size limit, and nothing for what is not a plain file', async () => {
    reader = ReadAhead.start(script, MAX_FILE_SIZE);
    assert.ok(reader, 'the thread started');
    const files = await readThroughThread(reader);
    assert.equal(files.length, paths.length);
    for (const [index, filePath] of paths.entries()) {
      const here = readPlainFileSync(filePath, MAX_FILE_SIZE);
      const there = files[index];
      assert.equal(there === undefined, here === undefined, `${path.basename(filePath)}: read the same way`);
      if (!here || !there) continue;
      const { size, mtimeMs, ctimeMs, ino } = here.stat;
      assert.deepEqual(there.stat, { size, mtimeMs, ctimeMs, ino }, path.basename(filePath));
      assert.deepEqual(there.bytes, here.bytes, path.basename(filePath));
      assert.equal(there.hash, here.bytes ? contentHash(here.bytes) : undefined, path.basename(filePath));
    }
    assert.equal(files[1], undefined, 'a missing file');
    assert.equal(files[4], undefined, 'a folder');
    assert.equal(files[3]?.bytes, undefined, 'a file over the limit is not read');
    assert.equal(files[3]?.stat.size, MAX_FILE_SIZE + 1);
    assert.equal(files[2]?.bytes?.length, 0, 'an empty file is read, empty');
  });

  it('never makes the taker wait: a batch not read yet is left to the taker, and later batches still come', async () => {
    reader = ReadAhead.start(script, MAX_FILE_SIZE);
    assert.ok(reader);
    // Taken at once: the thread has not even started.
    const first = reader.request(paths);
    assert.equal(reader.take(first), undefined);
    const files = await readThroughThread(reader);
    assert.deepEqual(
      files.map((file) => file?.bytes?.toString('utf8')),
      paths.map((filePath) => readPlainFileSync(filePath, MAX_FILE_SIZE)?.bytes?.toString('utf8')),
    );
  });

  it('gives batches asked for together each in its turn', async () => {
    reader = ReadAhead.start(script, MAX_FILE_SIZE);
    assert.ok(reader);
    await readThroughThread(reader);
    const one = reader.request(paths.slice(0, 1));
    const two = reader.request(paths.slice(5, 6));
    await sleep(200);
    const [a] = reader.take(one) ?? [];
    const [b] = reader.take(two) ?? [];
    assert.equal(a?.bytes?.toString('utf8'), 'id: A-1\ntitle: First\n');
    assert.equal(b?.bytes?.toString('utf8'), 'id: B-2\ntitle: Second, with “quotes”\n');
  });

  it('is not started without its script or when turned off, and a closed reader gives nothing', async () => {
    assert.equal(ReadAhead.start(undefined, MAX_FILE_SIZE), undefined);
    assert.equal(ReadAhead.start(path.join(root, 'no-such-script.js'), MAX_FILE_SIZE), undefined);
    process.env[READER_THREAD_ENV] = '0';
    try {
      assert.equal(ReadAhead.start(script, MAX_FILE_SIZE), undefined);
    } finally {
      delete process.env[READER_THREAD_ENV];
    }
    reader = ReadAhead.start(script, MAX_FILE_SIZE);
    assert.ok(reader);
    await readThroughThread(reader);
    await reader.close();
    assert.equal(reader.take(reader.request(paths)), undefined);
  });
});
