import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** One measurement of the floor by a fresh process: how long one thread takes over every lesson file. */
export interface FloorMeasurement {
  files: number;
  /** Bytes read (characters, for the parse). */
  bytes: number;
  ms: number;
}

/**
 * The floor of one run, measured before the server starts and again after `learn-once check`
 * ends, so a slow patch of a shared machine weighs on it as on the figures taken between.
 */
export interface FloorRun {
  /** Reading every lesson file's bytes, readFileSync in sequence (ms), each measurement. */
  readMs: number[];
  /** Reading each file and `yaml.parseDocument` on it, in sequence on one thread (ms), each measurement. */
  parseMs: number[];
  files: number;
  bytes: number;
}

/** Bundles the floor's child process into `folder` (beside the benchmark's copy of the bundles); returns its path. */
export function buildFloorProbe(folder: string): string {
  const outfile = path.join(folder, 'floorProbe.js');
  execFileSync(process.execPath, [path.join(__dirname, 'floor', 'buildFloorProbe.mjs'), outfile], { stdio: 'inherit' });
  return outfile;
}

/** One measurement in a fresh process, so none of the benchmark's own heap or compiled code helps or hinders it. */
export function measureFloorOnce(probe: string, mode: 'read' | 'parse', corpusRoot: string): FloorMeasurement {
  const out = execFileSync(process.execPath, [probe, mode, corpusRoot], { encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 20 });
  const result = JSON.parse(out.trim()) as FloorMeasurement;
  if (!Number.isFinite(result.ms) || !Number.isInteger(result.files)) throw new Error(`the floor probe answered ${out.trim()}`);
  return result;
}

/** Reads, then reads and parses, in two fresh processes; added to the run's floor. */
export function measureFloor(probe: string, corpusRoot: string, into?: FloorRun): FloorRun {
  const read = measureFloorOnce(probe, 'read', corpusRoot);
  const parse = measureFloorOnce(probe, 'parse', corpusRoot);
  const run = into ?? { readMs: [], parseMs: [], files: read.files, bytes: read.bytes };
  run.readMs.push(read.ms);
  run.parseMs.push(parse.ms);
  return run;
}
