import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface BenchEnvironment {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  commit?: string;
  /** 1-minute load average at the start and end: other work on the machine slows every figure. */
  loadAtStart: number;
  loadAtEnd?: number;
}

export function describeEnvironment(repoRoot: string): BenchEnvironment {
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    commit = undefined;
  }
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    commit,
    loadAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

export function currentLoad(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}
