import { percent } from '../similarLessons';

/** Cells in a score bar: five reads at a glance and fits a tree row's description. */
const CELLS = 5;

/** A score in [0,1] as a bar and a percentage, e.g. 0.62 → "■■■□□ 62%". */
export function scoreBar(score: number): string {
  const clamped = Number.isFinite(score) ? Math.max(0, Math.min(1, score)) : 0;
  const filled = Math.round(clamped * CELLS);
  return `${'■'.repeat(filled)}${'□'.repeat(CELLS - filled)} ${percent(clamped)}`;
}
