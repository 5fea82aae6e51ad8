import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_SEED } from '../corpus/generateCorpus';
import { ensureCorpus } from '../corpus/writeCorpus';

/**
 * `npm run bench:cli`: how long `learn-once check` takes over 10,000 generated lessons,
 * wall time of the whole process (start-up included), median of three runs after one
 * warm-up run. The budget is 3 seconds on the project's 2-core machine.
 */
const REPO = path.resolve(__dirname, '../..');
const CLI = path.join(REPO, 'dist/cli.js');
const LESSONS = 10_000;
const RUNS = 3;
const BUDGET_SECONDS = 3;
const CORPUS = path.join(REPO, 'bench/.corpus', String(LESSONS));
const RESULT = path.join(REPO, 'bench/results/cli-check.json');

interface Timed {
  seconds: number;
  /** User plus system CPU time of the process, when /usr/bin/time can measure it. */
  cpuSeconds?: number;
  exitCode: number | null;
  summary: string;
}

/** GNU time reports the child's CPU time, which other load on a shared machine barely changes. */
const GNU_TIME = '/usr/bin/time';
const TIME_FILE = path.join(os.tmpdir(), `learn-once-bench-time-${process.pid}.txt`);

function timeCheck(args: string[]): Timed {
  const command = [CLI, 'check', ...args, CORPUS];
  const withTime = existsSync(GNU_TIME);
  const options = { encoding: 'utf8' as const, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } };
  const started = performance.now();
  const run = withTime
    ? spawnSync(GNU_TIME, ['-o', TIME_FILE, '-f', '%U %S', process.execPath, ...command], options)
    : spawnSync(process.execPath, command, options);
  const seconds = (performance.now() - started) / 1000;
  if (run.error) throw run.error;
  const cpuSeconds = withTime
    ? readFileSync(TIME_FILE, 'utf8')
        .trim()
        .split('\n')
        .at(-1)!
        .split(/\s+/)
        .map(Number)
        .reduce((sum, n) => sum + n, 0)
    : undefined;
  const summary = run.stderr.trimEnd().split('\n').at(-1) ?? '';
  // Broken lessons in the corpus make the exit code 1; anything else means the run failed.
  if (run.status !== 0 && run.status !== 1) throw new Error(`learn-once check exited with ${run.status}: ${run.stderr.slice(-2000)}`);
  if (!summary.startsWith(`${LESSONS} lessons checked`)) throw new Error(`unexpected summary: ${summary}`);
  return {
    seconds: round(seconds),
    cpuSeconds: cpuSeconds === undefined || Number.isNaN(cpuSeconds) ? undefined : round(cpuSeconds),
    exitCode: run.status,
    summary,
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<number> {
  const { manifest, reused } = await ensureCorpus(CORPUS, { count: LESSONS, seed: DEFAULT_SEED });
  process.stdout.write(
    `${reused ? 'Reusing' : 'Wrote'} ${manifest.count} lessons in ${path.relative(REPO, CORPUS)} (${manifest.kinds.broken} broken on purpose).\n`,
  );
  const loadBefore = os.loadavg()[0];
  timeCheck([]); // warm-up: the file cache and the bundle's compile cache
  const runs = Array.from({ length: RUNS }, () => timeCheck([]));
  const similar = timeCheck(['--similar']);
  const medianSeconds = median(runs.map((run) => run.seconds));
  const result = {
    benchmark: 'learn-once check over generated lessons (wall time of the process)',
    date: new Date().toISOString(),
    lessons: LESSONS,
    corpusSeed: manifest.seed,
    node: process.version,
    cpus: os.cpus().length,
    loadAverageBefore: Math.round(loadBefore * 100) / 100,
    loadAverageAfter: Math.round(os.loadavg()[0] * 100) / 100,
    runsSeconds: runs.map((run) => run.seconds),
    medianSeconds,
    cpuSeconds: runs.every((run) => run.cpuSeconds !== undefined) ? runs.map((run) => run.cpuSeconds!) : undefined,
    medianCpuSeconds: runs.every((run) => run.cpuSeconds !== undefined) ? median(runs.map((run) => run.cpuSeconds!)) : undefined,
    budgetSeconds: BUDGET_SECONDS,
    withinBudget: medianSeconds < BUDGET_SECONDS,
    summary: runs[0].summary,
    withSimilarSeconds: similar.seconds,
  };
  rmSync(TIME_FILE, { force: true });
  mkdirSync(path.dirname(RESULT), { recursive: true });
  writeFileSync(RESULT, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(
    `check: ${result.runsSeconds.join(' s, ')} s → median ${medianSeconds} s (budget ${BUDGET_SECONDS} s, ${result.withinBudget ? 'within' : 'OVER'})` +
      `${result.medianCpuSeconds === undefined ? '' : `, median CPU ${result.medianCpuSeconds} s`}; ` +
      `with --similar ${similar.seconds} s; load average ${result.loadAverageBefore} → ${result.loadAverageAfter} on ${result.cpus} cores.\n` +
      `Written to ${path.relative(REPO, RESULT)}.\n`,
  );
  return result.withinBudget ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
