/** `node:os` in the web build: how many cores the browser reports (the index-worker pool is never started here). */
export function availableParallelism(): number {
  return (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
}
