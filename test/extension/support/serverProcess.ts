import { execFileSync } from 'node:child_process';

/**
 * Process ids of the Learn Once language servers started by this extension host: its child
 * processes running dist/server.js. The test code runs inside the extension host, so that is
 * `process.pid`. Reads the process table with `ps` (Linux and macOS).
 */
export function languageServerPids(): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && Number(match[2]) === process.pid && /dist[\\/]server\.js/.test(match[3]))
    .map((match) => Number(match[1]));
}
