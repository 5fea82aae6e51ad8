import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to what was typed, if it is close enough to be a likely typo.
 * Case and punctuation are ignored; a candidate that starts with the input counts as close.
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const typed = normalise(input);
  if (!typed) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const norm = normalise(candidate);
    if (!norm) continue;
    if (norm === typed) return candidate;
    const score = norm.startsWith(typed) || typed.startsWith(norm) ? 0.5 : distance(typed, norm) / Math.max(typed.length, norm.length);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return bestScore <= 0.5 ? best : undefined;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
