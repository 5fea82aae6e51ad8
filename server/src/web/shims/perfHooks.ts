/** `node:perf_hooks` in the web build: the browser's own clock; no event-loop histogram (the benchmark's measure, off unless asked for). */
export const performance = globalThis.performance;

export function monitorEventLoopDelay(): never {
  throw new Error('Measuring the event loop is not available in the browser');
}
