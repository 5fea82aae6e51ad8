import * as fc from 'fast-check';
import { parentPort, workerData } from 'node:worker_threads';
import { callStats } from './invariants';
import { ALL_PROPERTIES } from './properties';

export interface WorkerTask {
  name: string;
  seed: number;
  numRuns: number;
  boundMs: number;
  path?: string;
  /** One Int32 the worker bumps before each case, so the runner can spot a hang. */
  counter: SharedArrayBuffer;
}

export interface WorkerResult {
  name: string;
  failed: boolean;
  numRuns: number;
  numShrinks: number;
  /** What broke, from the error the check threw. */
  error?: string;
  counterexample?: string;
  counterexamplePath?: string;
  slowestCallMs: number;
  slowestCall: string;
}

/** Most characters of a failing input kept in the report; huge generated inputs are cut. */
const MAX_SHOWN = 4000;

const task = workerData as WorkerTask;
const property = ALL_PROPERTIES.find((candidate) => candidate.name === task.name);
if (!property) throw new Error(`No property named ${task.name}`);
const counter = new Int32Array(task.counter);
const details = property.check({
  seed: task.seed,
  numRuns: task.numRuns,
  boundMs: task.boundMs,
  path: task.path,
  onCase: () => void Atomics.add(counter, 0, 1),
});
const shown = details.counterexample ? fc.stringify(details.counterexample) : undefined;
const result: WorkerResult = {
  name: task.name,
  failed: details.failed,
  numRuns: details.numRuns,
  numShrinks: details.numShrinks,
  error: details.failed
    ? (details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)).slice(0, MAX_SHOWN)
    : undefined,
  counterexample: shown && shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}… (${shown.length} characters)` : shown,
  counterexamplePath: details.counterexamplePath ?? undefined,
  slowestCallMs: Math.round(callStats.slowestMs),
  slowestCall: callStats.slowestCall,
};
parentPort!.postMessage(result);
