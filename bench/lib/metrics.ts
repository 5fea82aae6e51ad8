import type { SizeResult } from './benchReport';
import type { MetricUnit } from './formatCell';
import type { FloorRun } from './measureFloor';
import { REQUEST_PHASES } from './measureLearnOnce';
import { median } from './stats';

export interface Metric {
  label: string;
  unit: MetricUnit;
  /** Each run's value; the table shows their median. */
  values: (size: SizeResult) => (number | undefined)[];
  /** The target at a size, if it sets one there. */
  target?: (lessons: number) => number | undefined;
}

export const at =
  (sizes: Record<number, number>) =>
  (lessons: number): number | undefined =>
    sizes[lessons];
const always = (value: number) => (): number => value;

/** A run's floor: the median of its measurements (before the server and after `learn-once check`). */
export const readFloorOf = (floor: FloorRun | undefined): number | undefined => (floor ? median(floor.readMs) : undefined);
export const parseFloorOf = (floor: FloorRun | undefined): number | undefined => (floor ? median(floor.parseMs) : undefined);

/**
 * Each run's figure as a multiple of the same run's parse floor, so that a slow patch of a
 * shared machine, which slows both, mostly cancels out; the table shows the median of these.
 */
export function perParseFloor(figure: (size: SizeResult) => (number | undefined)[]): (size: SizeResult) => (number | undefined)[] {
  return (size) =>
    figure(size).map((value, run) => {
      const floor = parseFloorOf(size.floor?.[run]);
      return value !== undefined && floor !== undefined && floor > 0 ? value / floor : undefined;
    });
}

/** "… ÷ parse floor" row under a figure, with the target for the ratio. */
const ratioRow = (figure: (size: SizeResult) => (number | undefined)[], target?: Metric['target']): Metric => ({
  label: '… ÷ parse floor of the same run',
  unit: '×',
  values: perParseFloor(figure),
  target,
});

const coldMs = (s: SizeResult): (number | undefined)[] => s.runs.map((r) => r.cold.ms);
const allDiagnosticsMs = (s: SizeResult): (number | undefined)[] => s.runs.map((r) => r.cold.allDiagnosticsMs);
const warmMs = (s: SizeResult): (number | undefined)[] => s.runs.map((r) => r.warm.ms);
const checkMs = (s: SizeResult): (number | undefined)[] => s.cliCheck.map((c) => c.wallMs);

export const METRICS: Metric[] = [
  { label: 'Floor: read every lesson file, one thread (readFileSync in sequence)', unit: 'ms', values: (s) => (s.floor ?? []).map(readFloorOf) },
  { label: 'Floor: read + `yaml.parseDocument` every lesson file, one thread (the parse floor)', unit: 'ms', values: (s) => (s.floor ?? []).map(parseFloorOf) },
  { label: 'Cold index: start → progress end, all problems published', unit: 'ms', values: coldMs, target: at({ 10_000: 1500, 100_000: 15_000 }) },
  ratioRow(coldMs, at({ 10_000: 0.8, 100_000: 0.8 })),
  { label: 'Cold index: server CPU time (all threads)', unit: 'ms', values: (s) => s.runs.map((r) => r.cold.cpuMs) },
  { label: 'Cold index: peak RSS', unit: 'MB', values: (s) => s.runs.map((r) => r.cold.peakRssMb), target: at({ 10_000: 300, 100_000: 1536 }) },
  { label: 'Cold: similarity engine filled (start → ready)', unit: 'ms', values: (s) => s.runs.map((r) => r.cold.similarityReadyMs) },
  { label: 'Cold: every diagnostic published, similar-lesson hints included (start → last publication)', unit: 'ms', values: allDiagnosticsMs },
  ratioRow(allDiagnosticsMs, at({ 10_000: 2.5 })),
  { label: 'Cold: peak RSS with similarity engine', unit: 'MB', values: (s) => s.runs.map((r) => r.cold.peakRssMbWithSimilarity) },
  { label: 'Warm start (persisted index): start → progress end', unit: 'ms', values: warmMs, target: at({ 10_000: 400 }) },
  ratioRow(warmMs, at({ 10_000: 0.15, 100_000: 0.15 })),
  { label: 'Warm start: peak RSS', unit: 'MB', values: (s) => s.runs.map((r) => r.warm.peakRssMb) },
  { label: 'Warm: similarity engine filled (start → ready)', unit: 'ms', values: (s) => s.runs.map((r) => r.warm.similarityReadyMs) },
  { label: 'Warm: every similar-lesson hint known, saved ones restored (start → ready)', unit: 'ms', values: (s) => s.runs.map((r) => r.warmHints.readyMs) },
  { label: 'Warm: server CPU time by then (all threads)', unit: 'ms', values: (s) => s.runs.map((r) => r.warmHints.cpuMs) },
  { label: 'didOpen → diagnostics p50', unit: 'ms', values: (s) => s.runs.map((r) => r.didOpen.p50) },
  { label: 'didOpen → diagnostics p95', unit: 'ms', values: (s) => s.runs.map((r) => r.didOpen.p95) },
  { label: 'didChange → diagnostics p50', unit: 'ms', values: (s) => s.runs.map((r) => r.didChange.p50) },
  { label: 'didChange → diagnostics p95', unit: 'ms', values: (s) => s.runs.map((r) => r.didChange.p95), target: at({ 10_000: 50 }) },
  { label: 'didChange → diagnostics with similar-lesson hint p50', unit: 'ms', values: (s) => s.runs.map((r) => r.didChangeWithHint?.p50) },
  { label: 'didChange → diagnostics with similar-lesson hint p95', unit: 'ms', values: (s) => s.runs.map((r) => r.didChangeWithHint?.p95) },
  { label: 'Paste a near-duplicate → hint appears p50 (debounce included)', unit: 'ms', values: (s) => s.runs.map((r) => r.hintAfterEdit?.p50) },
  { label: 'Paste a near-duplicate → hint appears p95 (debounce included)', unit: 'ms', values: (s) => s.runs.map((r) => r.hintAfterEdit?.p95) },
  { label: 'Completion p95', unit: 'ms', values: (s) => s.runs.map((r) => r.completion?.p95), target: always(10) },
  { label: 'Similar-lessons request p95', unit: 'ms', values: (s) => s.runs.map((r) => r.similarLessons?.p95) },
  {
    label: 'Search lessons by problem p95 (top 20, passages placed)',
    unit: 'ms',
    values: (s) => s.runs.map((r) => r.search?.p95),
    target: at({ 10_000: 20, 100_000: 100 }),
  },
  { label: 'Tree request (every lesson, in pages of 2,000)', unit: 'ms', values: (s) => s.runs.map((r) => r.tree?.ms) },
  { label: 'Requests during the scan: max latency', unit: 'ms', values: (s) => s.runs.map((r) => r.cold.requestsDuringScan.max) },
  { label: 'Event loop held up, max: during cold scan', unit: 'ms', values: (s) => s.runs.map((r) => r.cold.eventLoopMaxMs), target: at({ 100_000: 50 }) },
  {
    label: 'Event loop held up, max: after the cold scan, while the saved index, similarity engine and hints are made',
    unit: 'ms',
    values: (s) => s.runs.map((r) => r.eventLoopMaxAfterScanMs),
    target: at({ 100_000: 50 }),
  },
  { label: 'Event loop held up, max: during warm start', unit: 'ms', values: (s) => s.runs.map((r) => r.warm.eventLoopMaxMs), target: at({ 100_000: 50 }) },
  {
    label: 'Event loop held up, max: during the request figures',
    unit: 'ms',
    values: (s) => s.runs.map((r) => r.eventLoopMaxDuringRequestsMs),
    target: at({ 100_000: 50 }),
  },
  ...REQUEST_PHASES.map((phase): Metric => ({
    label: `… of which during ${phase}`,
    unit: 'ms',
    values: (s) => s.runs.map((r) => r.eventLoopMaxByPhase?.[phase]),
  })),
  { label: '`learn-once check` wall time', unit: 'ms', values: checkMs },
  ratioRow(checkMs, at({ 10_000: 0.8 })),
  { label: '`learn-once check` peak RSS', unit: 'MB', values: (s) => s.cliCheck.map((c) => c.peakRssMb) },
  { label: 'Client bundle load (first part of activation)', unit: 'ms', values: (s) => s.clientBundleLoadMs ?? [], target: always(50) },
];
