import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeCorpus } from '../../bench/corpus/writeCorpus';
import { runBuiltCli } from './support/runBuiltCli';

/** Enough lessons (the benchmark's generated ones: rough drafts, broken files, near-duplicates) that a worker gets batches whatever its start-up costs. */
const LESSONS = 4000;

/** The count line `check` writes when the worker count is set, as numbers. */
function counts(stderr: string): { workers: number; onWorkers: number; here: number } {
  const match = /Index workers: (\d+); lessons read on them: (\d+), on the main thread: (\d+)\./.exec(stderr);
  assert.ok(match, `no count line in: ${stderr}`);
  return { workers: Number(match[1]), onWorkers: Number(match[2]), here: Number(match[3]) };
}

describe('cli: check on index workers', () => {
  let root: string;

  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'learn-once-workers-'));
    await writeCorpus(root, { count: LESSONS });
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads lessons on a worker thread and reports exactly what one thread reports, hints included', async () => {
    const args = ['check', '--format', 'json', '--similar', root];
    const withWorker = await runBuiltCli(args, { env: { LEARN_ONCE_INDEX_WORKERS: '1' }, timeoutMs: 120_000 });
    const alone = await runBuiltCli(args, { env: { LEARN_ONCE_INDEX_WORKERS: '0' }, timeoutMs: 120_000 });
    const worker = counts(withWorker.stderr);
    assert.equal(worker.workers, 1);
    assert.ok(worker.onWorkers > 0, 'the worker read lessons');
    assert.deepEqual(counts(alone.stderr), { workers: 0, onWorkers: 0, here: LESSONS });
    assert.equal(worker.onWorkers + worker.here, LESSONS);
    assert.doesNotMatch(withWorker.stderr, /worker failed/i);
    assert.equal(withWorker.code, alone.code);
    const report = JSON.parse(withWorker.stdout) as { files: { problems: { code: string }[] }[] };
    assert.ok(
      report.files.some((file) => file.problems.some((problem) => problem.code === 'similar-lesson')),
      'hints were compared too',
    );
    assert.deepEqual(report, JSON.parse(alone.stdout));
  });

  it('reads files ahead of the main thread on a reader thread and reports exactly what the main thread reports reading them itself', async () => {
    const args = ['check', '--format', 'json', root];
    const withReader = await runBuiltCli(args, { env: { LEARN_ONCE_INDEX_WORKERS: '0' }, timeoutMs: 120_000 });
    const alone = await runBuiltCli(args, { env: { LEARN_ONCE_INDEX_WORKERS: '0', LEARN_ONCE_READER_THREAD: '0' }, timeoutMs: 120_000 });
    const readAhead = /Files read ahead for the main thread on a reader thread: (\d+)\./.exec(withReader.stderr);
    assert.ok(readAhead && Number(readAhead[1]) > 0, `no files read ahead: ${withReader.stderr}`);
    assert.doesNotMatch(alone.stderr, /read ahead/);
    assert.equal(withReader.code, alone.code);
    assert.deepEqual(JSON.parse(withReader.stdout), JSON.parse(alone.stdout));
  });

  it('ranks hints on a ranking thread beside the main thread and reports exactly what the main thread ranks alone', async () => {
    const args = ['check', '--format', 'json', '--similar', root];
    const env = { LEARN_ONCE_INDEX_WORKERS: '0', LEARN_ONCE_READER_THREAD: '0' };
    const withThread = await runBuiltCli(args, { env, timeoutMs: 120_000 });
    const alone = await runBuiltCli(args, { env: { ...env, LEARN_ONCE_RANKING_THREAD: '0' }, timeoutMs: 120_000 });
    const ranked = /Hints ranked on a ranking thread: (\d+)\./.exec(withThread.stderr);
    if (availableParallelism() >= 2) assert.ok(ranked && Number(ranked[1]) > LESSONS / 10, `too few hints ranked on the thread: ${withThread.stderr}`);
    assert.doesNotMatch(alone.stderr, /ranking thread/);
    assert.equal(withThread.code, alone.code);
    const report = JSON.parse(withThread.stdout) as { files: { problems: { code: string }[] }[] };
    assert.ok(report.files.filter((file) => file.problems.some((problem) => problem.code === 'similar-lesson')).length > 50, 'hints were compared');
    assert.deepEqual(report, JSON.parse(alone.stdout));
  });

  it('lists every lesson’s similar lessons, and the curators’ report its likely duplicates, exactly as one thread does', async () => {
    const env = { LEARN_ONCE_INDEX_WORKERS: '0', LEARN_ONCE_READER_THREAD: '0' };
    for (const args of [
      ['similar', '--json', '--quiet', root],
      ['similar', '--hints', '--json', '--quiet', root],
      ['report', '--audience', 'curators', '--quiet', root],
    ]) {
      const withThread = await runBuiltCli(args, { env, timeoutMs: 120_000 });
      const alone = await runBuiltCli(args, { env: { ...env, LEARN_ONCE_RANKING_THREAD: '0' }, timeoutMs: 120_000 });
      assert.equal(withThread.code, 0, `${args.join(' ')}: ${withThread.stderr}`);
      assert.ok(withThread.stdout.length > 10_000, `${args.join(' ')} wrote its listing`);
      assert.equal(withThread.stdout, alone.stdout, args.join(' '));
    }
  });
});
