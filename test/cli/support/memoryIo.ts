import type { CliIo } from '../../../server/src/cli/cliIo';

/** A CliIo that keeps what was written, for running commands in-process. */
export function memoryIo(cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}): CliIo & { out(): string; err(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: { write: (text: string) => out.push(text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => err.push(text), isTTY: options.tty ?? false },
    cwd,
    env: options.env ?? {},
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
