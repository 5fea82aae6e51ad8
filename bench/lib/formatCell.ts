import { round1 } from './stats';

/** What a figure counts: milliseconds, megabytes, a multiple (of the floor), or a plain number. */
export type MetricUnit = 'ms' | 'MB' | '×' | '';

/** A figure as the table shows it: whole numbers from 100 on, a tenth below; multiples to two places. */
export function formatValue(value: number, unit: MetricUnit): string {
  if (unit === '×') return `${value >= 10 ? value.toFixed(1) : value.toFixed(2)}×`;
  return value >= 100 ? String(Math.round(value)) : String(round1(value));
}

/** A table cell: the figure, and where a target applies ✅ or ❌ with the target (met when at or under it). */
export function cell(value: number | undefined, target: number | undefined, unit: MetricUnit = ''): string {
  if (value === undefined) return 'n/a';
  const shown = formatValue(value, unit);
  if (target === undefined) return shown;
  return `${shown} ${value <= target ? '✅' : '❌'} (≤ ${unit === '×' ? `${target}×` : target})`;
}
