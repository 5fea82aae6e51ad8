import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerResult, WorkerTask } from './fuzzWorker';
import { ALL_PROPERTIES } from './properties';

/**
 * `npm run fuzz`: every engine property at length (100,000 cases by default), each in a
 * worker thread watched for hangs. Prints each property's count and any failure with the
 * smallest failing input, and writes test/fuzz/last-run.json.
 *
 *   npm run fuzz -- [--cases N] [--seed S] [--only text] [--path P] [--bound ms]
 */

const DEFAULT_CASES = 100_000;
/** A single engine call slower than this fails its property. */
const DEFAULT_BOUND_MS = 2_000;
/** No new case for this long means a call is stuck, not slow. */
const HANG_AFTER_MS = 60_000;

interface PropertyOutcome {
  name: string;
  cases: number;
  seconds: number;
  slowestCallMs?: number;
  slowestCall?: string;
  failure?: { kind: 'counterexample' | 'hang' | 'crash'; message: string; counterexample?: string; replay: string };
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const totalCases = Number(option('cases') ?? DEFAULT_CASES);
const seed = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
const only = option('only');
const replayPath = option('path');
const boundMs = Number(option('bound') ?? DEFAULT_BOUND_MS);
const scale = totalCases / ALL_PROPERTIES.reduce((sum, property) => sum + property.fuzzRuns, 0);

function replayCommand(name: string, counterexamplePath?: string): string {
  return `npm run fuzz -- --seed ${seed} --only ${JSON.stringify(name)}${counterexamplePath ? ` --path ${counterexamplePath}` : ''}`;
}

function runOne(name: string, numRuns: number): Promise<PropertyOutcome> {
  const counter = new SharedArrayBuffer(4);
  const task: WorkerTask = { name, seed, numRuns, boundMs, path: replayPath, counter };
  const started = Date.now();
  // Workers do not inherit tsx's loader for .ts entry points; register it first.
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'fuzzWorker.ts'))});`, { eval: true, workerData: task });
  const cases = new Int32Array(counter);
  return new Promise((resolve) => {
    let lastCount = -1;
    let lastProgress = Date.now();
    const finish = (outcome: Omit<PropertyOutcome, 'name' | 'seconds'>): void => {
      clearInterval(watchdog);
      resolve({ name, seconds: Math.round((Date.now() - started) / 100) / 10, ...outcome });
    };
    const watchdog = setInterval(() => {
      const count = Atomics.load(cases, 0);
      if (count !== lastCount) {
        lastCount = count;
        lastProgress = Date.now();
        return;
      }
      if (Date.now() - lastProgress < HANG_AFTER_MS) return;
      void worker.terminate();
      finish({
        cases: count,
        failure: {
          kind: 'hang',
          message: `case ${count} made no progress for ${HANG_AFTER_MS / 1000} s`,
          replay: replayCommand(name, count <= numRuns ? String(count - 1) : undefined),
        },
      });
    }, 1_000);
    worker.on('message', (result: WorkerResult) => {
      finish({
        cases: result.numRuns,
        slowestCallMs: result.slowestCallMs,
        slowestCall: result.slowestCall,
        failure: result.failed
          ? {
              kind: 'counterexample',
              message: result.error ?? 'failed',
              counterexample: result.counterexample,
              replay: replayCommand(name, result.counterexamplePath),
            }
          : undefined,
      });
    });
    worker.on('error', (error) =>
      finish({ cases: Atomics.load(cases, 0), failure: { kind: 'crash', message: error.stack ?? String(error), replay: replayCommand(name) } }),
    );
  });
}

async function main(): Promise<void> {
  const properties = ALL_PROPERTIES.filter((property) => !only || property.name.includes(only));
  if (properties.length === 0) throw new Error(`No property matches ${only}`);
  console.log(`Fuzzing ${properties.length} properties, seed ${seed}, bound ${boundMs} ms per call.`);
  const outcomes: PropertyOutcome[] = [];
  for (const property of properties) {
    const numRuns = replayPath ? 1 : Math.max(1, Math.round(property.fuzzRuns * scale));
    const outcome = await runOne(property.name, numRuns);
    outcomes.push(outcome);
    const timing = outcome.slowestCallMs !== undefined ? `, slowest call ${outcome.slowestCallMs} ms CPU` : '';
    console.log(`${outcome.failure ? '✗' : '✓'} ${property.name}: ${outcome.cases} cases in ${outcome.seconds} s${timing}`);
    if (outcome.failure) {
      const shown = outcome.failure.counterexample ? `\n  smallest input: ${outcome.failure.counterexample.slice(0, 1500)}` : '';
      console.log(`  ${outcome.failure.kind}: ${outcome.failure.message.split('\n').join('\n  ')}${shown}\n  replay: ${outcome.failure.replay}`);
    }
  }
  const cases = outcomes.reduce((sum, outcome) => sum + outcome.cases, 0);
  const failures = outcomes.filter((outcome) => outcome.failure);
  writeFileSync(
    path.join(__dirname, 'last-run.json'),
    `${JSON.stringify({ finished: new Date().toISOString(), seed, boundMs, cases, failures: failures.length, properties: outcomes }, null, 2)}\n`,
  );
  console.log(`${cases} cases, ${failures.length} failing ${failures.length === 1 ? 'property' : 'properties'}. Details in test/fuzz/last-run.json.`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

void main();
