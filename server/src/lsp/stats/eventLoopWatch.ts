import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { EventLoopFigures } from '../../../../shared/protocol/stats';

/** Set to 1 to measure how long the server's event loop is held up (the benchmark does). */
export const MEASURE_EVENT_LOOP_ENV = 'LEARN_ONCE_MEASURE_EVENT_LOOP';

/**
 * Measures event-loop delay when asked to through the environment; costs nothing
 * otherwise. `reset()` starts a new measuring window (e.g. after the initial scan).
 */
export class EventLoopWatch {
  private readonly histogram: IntervalHistogram | undefined;

  constructor(enabled = process.env[MEASURE_EVENT_LOOP_ENV] === '1') {
    this.histogram = enabled ? monitorEventLoopDelay({ resolution: 10 }) : undefined;
    this.histogram?.enable();
  }

  get enabled(): boolean {
    return this.histogram !== undefined;
  }

  figures(): EventLoopFigures | undefined {
    const histogram = this.histogram;
    if (!histogram || histogram.count === 0) return undefined;
    // The histogram counts in nanoseconds and includes the sampling interval itself.
    const ms = (ns: number): number => Math.round((ns / 1e6) * 10) / 10;
    return { maxMs: ms(histogram.max), p99Ms: ms(histogram.percentile(99)), meanMs: ms(histogram.mean) };
  }

  reset(): void {
    this.histogram?.reset();
  }
}
