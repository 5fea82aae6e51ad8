/** Longest query read; a pasted page is cut here (and the person is told). */
export const MAX_QUERY_CHARS = 1000;

export interface ProblemQuery {
  /** The query as searched: control characters as spaces, runs of space as one, cut to MAX_QUERY_CHARS. */
  text: string;
  /** What was done to the query, for the person who typed it. */
  notice?: string;
}

/**
 * A query as typed or pasted, made safe to search: anything can arrive here (a pasted
 * spreadsheet cell with tabs and control characters, a whole document).
 */
export function readProblemQuery(raw: unknown): ProblemQuery {
  const typed = typeof raw === 'string' ? raw : '';
  const clean = typed
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= MAX_QUERY_CHARS) return { text: clean };
  // Cut at a word boundary, so the last word searched is a whole one.
  const cut = clean.slice(0, MAX_QUERY_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return {
    text: lastSpace > MAX_QUERY_CHARS / 2 ? cut.slice(0, lastSpace) : cut,
    notice: `Only the first ${MAX_QUERY_CHARS.toLocaleString('en-GB')} characters were searched: describe the problem in a few words for the best results.`,
  };
}

export const EMPTY_QUERY_NOTICE = 'Type a few words that describe the problem, e.g. "GPs worried about sharing records".';
export const STOP_WORDS_ONLY_NOTICE = 'Those are all very common words. Add words that say what the problem is about, e.g. "consent", "care homes", "go-live".';
export const NOTHING_MATCHED_NOTICE = 'No lesson uses these words. Try other words for the problem, or fewer of them.';
export const NOTHING_IN_FILTERS_NOTICE = 'No lesson matching the filters uses these words. Try other words, or fewer filters.';
