import type { CliIo } from './cliIo';

export interface ProgressOptions {
  /** Nothing is shown for runs shorter than this, so quick checks stay quiet. */
  delayMs?: number;
  /** Milliseconds since some fixed point; injectable for tests. */
  now?: () => number;
}

/**
 * Shows "Reading lessons: 4200 of 10000" on stderr during long runs. On a terminal the
 * line is rewritten in place and cleared at the end; in a CI log a line is written every
 * few seconds instead, so logs stay short.
 */
export class Progress {
  private readonly started: number;
  private lastShown = -Infinity;
  private shownOnTerminal = false;
  private readonly delayMs: number;
  private readonly now: () => number;

  constructor(
    private readonly io: CliIo,
    private readonly label: string,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.delayMs = options.delayMs ?? 1000;
    this.started = this.now();
  }

  update(done: number, total: number): void {
    const now = this.now();
    if (now - this.started < this.delayMs) return;
    const terminal = this.io.stderr.isTTY === true;
    if (now - this.lastShown < (terminal ? 100 : 3000) && done < total) return;
    this.lastShown = now;
    const text = `${this.label}: ${done} of ${total}`;
    if (terminal) {
      this.io.stderr.write(`\r${text}\u001b[K`);
      this.shownOnTerminal = true;
    } else {
      this.io.stderr.write(`${text}\n`);
    }
  }

  /** Clears the terminal line so what follows starts clean. */
  done(): void {
    if (this.shownOnTerminal) this.io.stderr.write('\r\u001b[K');
    this.shownOnTerminal = false;
  }
}
