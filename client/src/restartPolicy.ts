/**
 * When to restart a language server that stopped: again and again while crashes are rare,
 * but not past `maxRestarts` crashes within `windowMs`, so a server that dies at every start
 * does not loop forever. Plain module: no VS Code import, unit-tested on its own.
 */
export class RestartPolicy {
  private readonly crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Records a crash at `now` and says whether to restart. */
  shouldRestart(now: number): boolean {
    this.crashes.push(now);
    for (let oldest = this.crashes[0]; oldest !== undefined && now - oldest > this.windowMs; oldest = this.crashes[0]) this.crashes.shift();
    return this.crashes.length <= this.maxRestarts;
  }

  /** The message shown when the policy gives up. */
  giveUpMessage(logName: string): string {
    return `The Learn Once language server stopped ${this.crashes.length} times in ${Math.round(this.windowMs / 60_000)} minutes and will not be restarted. See the "${logName}" output for why, then run "Developer: Reload Window" to try again.`;
  }
}
