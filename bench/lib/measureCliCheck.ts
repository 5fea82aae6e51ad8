import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface CliCheckRun {
  wallMs: number;
  exitCode: number | null;
  /** From /usr/bin/time -v when it is installed. */
  peakRssMb?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `learn-once check <folder>` once, timing it from start to exit (output discarded). */
export function measureCliCheck(cliScript: string, folder: string): Promise<CliCheckRun> {
  const withTime = existsSync(GNU_TIME);
  const [command, args] = withTime ? [GNU_TIME, ['-v', process.execPath, cliScript, 'check', folder]] : [process.execPath, [cliScript, 'check', folder]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.length > 1_000_000) stderr = stderr.slice(-100_000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const exit = /Exit status: (\d+)/.exec(stderr);
      resolve({ wallMs, exitCode: withTime && exit ? Number(exit[1]) : code, peakRssMb: rss ? Number(rss[1]) / 1024 : undefined });
    });
  });
}
