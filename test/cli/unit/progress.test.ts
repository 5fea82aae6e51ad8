import * as assert from 'node:assert/strict';
import { Progress } from '../../../server/src/cli/progress';
import { memoryIo } from '../support/memoryIo';

describe('cli: progress on stderr', () => {
  it('says nothing for a short run', () => {
    let now = 0;
    const io = memoryIo('/');
    const progress = new Progress(io, 'Reading lessons', { now: () => now });
    for (let done = 1; done <= 100; done++) {
      now += 5;
      progress.update(done, 100);
    }
    progress.done();
    assert.equal(io.err(), '');
  });

  it('in a log: a line every few seconds once the run is slow, and the last one', () => {
    let now = 0;
    const io = memoryIo('/', { tty: false });
    const progress = new Progress(io, 'Reading lessons', { now: () => now });
    for (let done = 1; done <= 10_000; done++) {
      now += 1;
      progress.update(done, 10_000);
    }
    progress.done();
    const lines = io.err().trimEnd().split('\n');
    assert.equal(lines[0], 'Reading lessons: 1000 of 10000');
    assert.equal(lines.at(-1), 'Reading lessons: 10000 of 10000');
    assert.ok(lines.length <= 5, `few lines in a log: ${lines.length}`);
    assert.ok(!io.err().includes('\r'));
  });

  it('on a terminal: one line rewritten in place, cleared at the end', () => {
    let now = 0;
    const io = memoryIo('/', { tty: true });
    const progress = new Progress(io, 'Reading lessons', { now: () => now, delayMs: 0 });
    for (let done = 1; done <= 50; done++) {
      now += 50;
      progress.update(done, 50);
    }
    progress.done();
    const text = io.err();
    assert.ok(text.startsWith('\rReading lessons: '));
    assert.ok(!text.includes('\n'), 'no new lines on a terminal');
    assert.ok(text.endsWith('\r\u001b[K'), 'the line is cleared');
  });
});
