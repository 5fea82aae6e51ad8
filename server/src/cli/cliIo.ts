/** Where a command writes, so tests can run the CLI in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  /** Environment variables the output depends on (NO_COLOR, FORCE_COLOR); process.env when run for real. */
  env?: Readonly<Record<string, string | undefined>>;
}
