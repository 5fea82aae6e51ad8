/**
 * The candidate closest to what was typed, if it is close enough to be a likely typo.
 * Case and punctuation are ignored. What was typed wins outright when it begins exactly one
 * candidate, or exactly one candidate begins it (`curate` → `curated`); otherwise the
 * candidate the fewest edits away (a swapped pair of letters counts as one) wins when the
 * edits are at most a third of the longer word, and a tie suggests nothing.
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const typed = normalise(input);
  if (!typed) return undefined;
  const written = candidates.map((candidate) => ({ candidate, norm: normalise(candidate) })).filter(({ norm }) => norm);
  const exact = written.find(({ norm }) => norm === typed);
  if (exact) return exact.candidate;
  const prefixed = new Set(written.filter(({ norm }) => norm.startsWith(typed) || typed.startsWith(norm)).map(({ candidate }) => candidate));
  if (prefixed.size === 1) return [...prefixed][0];
  let best: string | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const { candidate, norm } of written) {
    const limit = Math.floor(Math.max(typed.length, norm.length) / 3);
    // Each edit changes the length by at most one, so a length gap past the limit is never near.
    if (Math.abs(typed.length - norm.length) > Math.min(limit, bestDistance)) continue;
    const edits = editDistance(typed, norm);
    if (edits > limit) continue;
    if (edits < bestDistance) {
      bestDistance = edits;
      best = candidate;
      tied = false;
    } else if (edits === bestDistance && candidate !== best) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}

/** Edits (insert, delete, substitute, or swap two neighbouring letters) from one word to the other. */
export function editDistance(from: string, to: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: to.length + 1 }, (_, index) => index);
  for (let i = 1; i <= from.length; i++) {
    const current = [i];
    for (let j = 1; j <= to.length; j++) {
      const substitution = from[i - 1] === to[j - 1] ? 0 : 1;
      // 1 <= j <= to.length: previous holds to.length + 1 entries, current the j pushed so far.
      let edits = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution);
      // i > 1: beforePrevious is a full row of to.length + 1 entries, and j - 2 >= 0.
      if (i > 1 && j > 1 && from[i - 1] === to[j - 2] && from[i - 2] === to[j - 1]) edits = Math.min(edits, beforePrevious[j - 2]! + 1);
      current.push(edits);
    }
    beforePrevious = previous;
    previous = current;
  }
  // Every row, the first too, holds to.length + 1 entries.
  return previous[to.length]!;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
