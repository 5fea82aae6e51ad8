import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkFile } from '../../../server/src/engine/persist/checkFile';
import { contentHash } from '../../../server/src/engine/persist/contentHash';
import type { FileStamp } from '../../../server/src/engine/persist/persistedIndexFormat';
import { READER_THREAD_ENV } from '../../../server/src/analysis/readerThreadStart';
import { StatAhead, type FileStatus } from '../../../server/src/analysis/statAhead';
import { bundleThread } from '../../support/bundleThread';

describe('analysis: StatAhead (file statuses on the reader thread)', () => {
  let root: string;
  let script: string;
  let names: string[];
  let statuses: StatAhead | undefined;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-stat-ahead-'));
    script = await bundleThread('server/src/analysis/readerThread.ts', root);
    writeFileSync(path.join(root, 'a.lesson.yaml'), 'id: A-1\ntitle: First\n');
    writeFileSync(path.join(root, 'b.lesson.yaml'), 'id: B-2\ntitle: Second\n');
    utimesSync(path.join(root, 'b.lesson.yaml'), new Date(2024, 0, 1), new Date(2024, 0, 1));
    mkdirSync(path.join(root, 'folder.lesson.yaml'));
    names = ['a.lesson.yaml', 'missing.lesson.yaml', 'folder.lesson.yaml', 'b.lesson.yaml'];
  });

  afterEach(async () => {
    await statuses?.close();
    statuses = undefined;
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  /** Every path's status from the thread, asked for in order as a warm start does, waiting for each while the thread works. */
  async function everyStatus(ahead: StatAhead, count: number): Promise<(FileStatus | null)[]> {
    const all: (FileStatus | null)[] = [];
    for (let index = 0; index < count; index++) {
      let status = ahead.statusOf(index);
      for (let attempt = 0; status === undefined && attempt < 200; attempt++) {
        await sleep(10);
        status = ahead.statusOf(index);
      }
      assert.notEqual(status, undefined, `the thread gave the status of path ${index}`);
      all.push(status!);
    }
    return all;
  }

  it('gives each path’s status as statSync takes it here, and null for what is not a plain file, over several requests', async () => {
    // More paths than one request holds, so replies are taken one after another.
    const paths = Array.from({ length: 4501 }, (_, index) => path.join(root, names[index % names.length]!));
    statuses = StatAhead.start(script, paths);
    assert.ok(statuses, 'the thread started');
    const taken = await everyStatus(statuses, paths.length);
    for (const [index, filePath] of paths.entries()) {
      const here = statSync(filePath, { throwIfNoEntry: false });
      const there = taken[index];
      if (!here?.isFile()) {
        assert.equal(there, null, `${path.basename(filePath)}: not a plain file`);
        continue;
      }
      assert.deepEqual(there, { size: here.size, mtimeMs: here.mtimeMs, ctimeMs: here.ctimeMs, ino: here.ino }, path.basename(filePath));
    }
    assert.equal(statuses.taken, paths.length);
  });

  it('lets checkFile decide from the thread’s status exactly as from its own', async () => {
    const file = path.join(root, 'b.lesson.yaml');
    const stat = statSync(file);
    const text = 'id: B-2\ntitle: Second\n';
    const stamp: FileStamp = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, hash: contentHash(Buffer.from(text)) };
    const indexWrittenAt = stat.ctimeMs + 60_000;
    const paths = [file, path.join(root, 'a.lesson.yaml'), path.join(root, 'missing.lesson.yaml')];
    statuses = StatAhead.start(script, paths);
    assert.ok(statuses);
    const taken = await everyStatus(statuses, paths.length);
    // What the decision turns on (reading a file moves its access time, which no decision reads).
    const decision = (check: ReturnType<typeof checkFile>): unknown =>
      check.kind === 'changed' ? { kind: check.kind, reason: check.reason, bytes: check.bytes.toString() } : check;
    for (const [index, filePath] of paths.entries()) {
      assert.deepEqual(
        decision(checkFile(filePath, stamp, { indexWrittenAt, status: taken[index] })),
        decision(checkFile(filePath, stamp, { indexWrittenAt })),
        path.basename(filePath),
      );
    }
    // The untouched file is kept without reading it, the other two are told apart as they are without the thread.
    assert.deepEqual(checkFile(file, stamp, { indexWrittenAt, status: taken[0] }), { kind: 'unchanged', stamp, read: false });
    assert.equal(checkFile(paths[1]!, stamp, { indexWrittenAt, status: taken[1] }).kind, 'changed');
    assert.equal(checkFile(paths[2]!, stamp, { indexWrittenAt, status: taken[2] }).kind, 'unreadable');
    // A status given is the one decided on, not one taken again here.
    assert.deepEqual(checkFile(file, stamp, { indexWrittenAt, status: null }), { kind: 'unreadable' });
    const resized = { ...taken[0]!, size: stat.size + 1 };
    assert.deepEqual(checkFile(file, stamp, { indexWrittenAt, status: resized }), { kind: 'unchanged', stamp, read: true });
  });

  it('starts no thread when the reader thread is turned off or its script is missing', () => {
    process.env[READER_THREAD_ENV] = '0';
    try {
      assert.equal(StatAhead.start(script, [path.join(root, 'a.lesson.yaml')]), undefined);
    } finally {
      delete process.env[READER_THREAD_ENV];
    }
    assert.equal(StatAhead.start(path.join(root, 'no-such-thread.js'), [path.join(root, 'a.lesson.yaml')]), undefined);
  });
});
