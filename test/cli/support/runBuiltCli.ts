import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist/cli.js');
export const EXAMPLES = path.join(REPO_ROOT, 'examples');
export const PARITY_FIXTURE = path.join(REPO_ROOT, 'test/fixtures/parity');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bundled command line (`npm run build` first) as CI would: a child process
 * with no terminal, so no colour unless FORCE_COLOR is set. Fails after a deadline
 * rather than hanging the suite.
 */
export function runBuiltCli(args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd: options.cwd ?? REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timeoutMs = options.timeoutMs ?? 30000;
    let timedOut = false;
    // A run over time is killed and fails once it has gone (on close), so no process outlives its test.
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`learn-once ${args.join(' ')} did not finish within ${timeoutMs} ms`));
      else resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}
