import type { BenchEnvironment } from '../lib/environment';
import { summarise, type LatencySummary } from '../lib/stats';

const round1 = (ms: number): number => Math.round(ms * 10) / 10;

/** Edits left out of the after-warm-up figure. */
export const WARM_UP_EDITS = 5;
import type { WebBenchFigures, WebBenchPlan } from './webBenchFigures';

/** One run's figures, in ms, from the measuring extension's moments and the driver's load start. */
export interface WebBenchRun {
  /** Workbench load start → the web-worker extension host running (the measuring extension, started on '*', begins). */
  extensionHostMs: number;
  /** Workbench load start → Learn Once active. */
  learnOnceActiveMs: number;
  /** Workbench load start → every broken lesson's problem in the extension host. */
  problemsMs: number;
  /** Workbench load start → the Lessons view holds the finished scan's list. */
  viewMs: number;
  /** Workbench load start → index complete: both of the above. */
  indexMs: number;
  /** Learn Once active → index complete. */
  indexFromActivationMs: number;
  /** Workbench load start → no diagnostics changed for a second (similar-lesson hints published), if within the cap. */
  settledMs?: number;
  brokenSeen: number;
  brokenTotal: number;
  viewLessons?: number;
  /** `typeof process` where the measuring extension ran. */
  processInHost: string;
  editToDiagnostics: LatencySummary;
  editToDiagnosticsEvent: LatencySummary;
  /** The same without the first WARM_UP_EDITS edits, which run code neither the server's worker nor the extension host has compiled yet: not the target's figure, an explanation of it. */
  editToDiagnosticsAfterWarmUp: LatencySummary;
  /** Every edit's latencies in order, rounded to a tenth of a ms: the first edits may differ from the rest. */
  editSamplesMs: { diagnostics: number[]; event: number[] };
}

export interface WebBenchReport {
  environment: BenchEnvironment & { loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  options: { lessons: number; runs: number; edits: number };
  runs: WebBenchRun[];
  errors: string[];
}

export function webBenchRunOf(figures: WebBenchFigures, loadStartedAt: number, plan: WebBenchPlan): WebBenchRun {
  const { learnOnceActiveAt, problemsCompleteAt, viewCompleteAt, edits } = figures;
  if (learnOnceActiveAt === undefined || problemsCompleteAt === undefined || viewCompleteAt === undefined || !edits)
    throw new Error(`incomplete figures: ${JSON.stringify(figures)}`);
  const indexCompleteAt = Math.max(problemsCompleteAt, viewCompleteAt);
  if (figures.viewLessons !== plan.lessons) throw new Error(`the Lessons view listed ${figures.viewLessons} lessons, not ${plan.lessons}`);
  return {
    extensionHostMs: figures.measuringStartedAt - loadStartedAt,
    learnOnceActiveMs: learnOnceActiveAt - loadStartedAt,
    problemsMs: problemsCompleteAt - loadStartedAt,
    viewMs: viewCompleteAt - loadStartedAt,
    indexMs: indexCompleteAt - loadStartedAt,
    indexFromActivationMs: indexCompleteAt - learnOnceActiveAt,
    settledMs: figures.settledAt === undefined ? undefined : figures.settledAt - loadStartedAt,
    brokenSeen: figures.brokenSeen,
    brokenTotal: figures.brokenTotal,
    viewLessons: figures.viewLessons,
    processInHost: figures.processInHost,
    editToDiagnostics: summarise(edits.collectionMs, edits.timeouts),
    editToDiagnosticsEvent: summarise(edits.eventMs, edits.timeouts),
    editToDiagnosticsAfterWarmUp: summarise(edits.collectionMs.slice(WARM_UP_EDITS)),
    editSamplesMs: { diagnostics: edits.collectionMs.map(round1), event: edits.eventMs.map(round1) },
  };
}
