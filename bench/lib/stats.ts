/** The value below which `fraction` of the samples fall (nearest rank), or undefined for none. */
export function percentile(samples: readonly number[], fraction: number): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank];
}

export function median(samples: readonly number[]): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface LatencySummary {
  samples: number;
  p50?: number;
  p95?: number;
  max?: number;
  /** Edits or requests that got no answer within the benchmark's deadline (not in the figures above). */
  timeouts?: number;
}

export function summarise(samples: readonly number[], timeouts = 0): LatencySummary {
  const summary: LatencySummary = {
    samples: samples.length,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    max: samples.length > 0 ? Math.max(...samples) : undefined,
  };
  if (timeouts > 0) summary.timeouts = timeouts;
  return summary;
}

/** Rounds to a tenth, keeping undefined. */
export function round1(value: number | undefined): number | undefined {
  return value === undefined ? undefined : Math.round(value * 10) / 10;
}
