/**
 * How similar a lesson typically is to its near neighbours: the level its best match must
 * stand out from. A raw score's scale moves with the workspace (vocabulary size, lesson
 * length, how templated the prose is, how many lessons there are), but the lesson's own
 * background moves with it, so a score read against the background means the same
 * everywhere. The few best matches are left out of it, because they may be duplicates.
 */
export const BACKGROUND = {
  /** Ranks (0-based, best first) whose scores make up the background: past any cluster of duplicates. */
  fromRank: 5,
  toRank: 30,
  /**
   * A lesson with few neighbours (a small workspace, an unusual subject) has a background
   * of few scores; it is pulled towards a typical level as if this many scores at that
   * level were also seen, so one odd neighbour cannot swing it.
   */
  priorWeight: 5,
  priorLevel: 0.08,
  /**
   * The background is never taken below this typical level. A lower one means the ranks
   * ran past the lesson's neighbours into unrelated lessons, as in a workspace of a few
   * dozen lessons on different subjects; there, a lesson on a nearby subject would
   * stand out as a duplicate does in a full catalogue. Checked on the tuning data and the
   * sample workspace, where it removes every false hint and keeps the true ones.
   */
  floor: 0.08,
} as const;

/** The background level of a ranked list of scores (best first), in [BACKGROUND.floor, 1]. */
export function backgroundLevel(scoresBestFirst: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  const end = Math.min(scoresBestFirst.length, BACKGROUND.toRank);
  for (let i = BACKGROUND.fromRank; i < end; i++) {
    sum += scoresBestFirst[i]!;
    count++;
  }
  return Math.max(BACKGROUND.floor, (sum + BACKGROUND.priorWeight * BACKGROUND.priorLevel) / (count + BACKGROUND.priorWeight));
}
