import { median } from '../lib/stats';

/** Bytes per lesson file across a corpus: enough of the shape to tell a real-sized corpus from a toy one. */
export interface SizeDistribution {
  files: number;
  totalBytes: number;
  min: number;
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
  p95: number;
  max: number;
  /** Share of files of 3 KB or more (3,072 bytes): the long tail of detailed lessons. */
  over3kShare: number;
}

/** The distribution of file sizes in bytes (percentiles by nearest rank, as bench/lib/stats.ts), or undefined for none. */
export function sizeDistribution(sizes: readonly number[]): SizeDistribution | undefined {
  if (sizes.length === 0) return undefined;
  // Sorted once: a corpus has up to 100,000 sizes, too many to spread into Math.min.
  const sorted = [...sizes].sort((a, b) => a - b);
  const at = (fraction: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
  return {
    files: sorted.length,
    totalBytes: sorted.reduce((sum, size) => sum + size, 0),
    min: sorted[0]!,
    p10: at(0.1),
    p25: at(0.25),
    median: median(sorted)!,
    p75: at(0.75),
    p90: at(0.9),
    p95: at(0.95),
    max: sorted[sorted.length - 1]!,
    over3kShare: sorted.filter((size) => size >= 3072).length / sorted.length,
  };
}

/** The columns shown for a distribution, in order. */
const COLUMNS = ['min', 'p10', 'p25', 'median', 'p75', 'p90', 'p95', 'max'] as const;

/** One line for a console: `1,000 files, median 1,234 B (min 400, p10 …, max 4,900), 6.1% ≥ 3 KB`. */
export function describeSizes(sizes: SizeDistribution): string {
  const shown = COLUMNS.filter((column) => column !== 'median').map((column) => `${column} ${bytes(sizes[column])}`);
  return `${sizes.files.toLocaleString('en-GB')} files, median ${bytes(sizes.median)} B (${shown.join(', ')}), ${percent(sizes.over3kShare)} ≥ 3 KB`;
}

/** A Markdown table of bytes per lesson file, one row per named corpus. */
export function sizeTable(rows: readonly { name: string; sizes: SizeDistribution }[]): string[] {
  const lines = [`| Corpus | Files | ${COLUMNS.join(' | ')} | ≥ 3 KB |`, `|---|---|${COLUMNS.map(() => '---').join('|')}|---|`];
  for (const { name, sizes } of rows)
    lines.push(
      `| ${name} | ${sizes.files.toLocaleString('en-GB')} | ${COLUMNS.map((column) => bytes(sizes[column])).join(' | ')} | ${percent(sizes.over3kShare)} |`,
    );
  return lines;
}

const bytes = (value: number): string => Math.round(value).toLocaleString('en-GB');
const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
