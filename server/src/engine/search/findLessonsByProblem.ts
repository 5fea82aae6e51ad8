import { URI } from 'vscode-uri';
import { localityNameFor } from '../config/workspaceConfig';
import type { LessonEntry } from '../index/LessonIndex';
import type { LessonWorkspace } from '../workspace/LessonWorkspace';
import { matchedPassage, type Passage } from './matchedPassage';
import { EMPTY_QUERY_NOTICE, NOTHING_IN_FILTERS_NOTICE, NOTHING_MATCHED_NOTICE, readProblemQuery, STOP_WORDS_ONLY_NOTICE } from './problemQuery';
import { filtersProblem, hasFilters, passesFilters, type SearchFilters } from './searchFilters';

export interface ProblemSearch {
  /** The problem in a person's own words, as typed. */
  query: string;
  /** Most results. */
  top: number;
  filters?: SearchFilters;
  /** Leave this lesson out (the one a person is writing). */
  excludeUri?: string;
}

export interface LessonHit {
  entry: LessonEntry;
  /** In (0,1]: the best hit scores 1, the others relative to it, so a bar can show the drop. */
  score: number;
  passage?: Passage;
}

export type ProblemSearchResult =
  | { ok: true; hits: LessonHit[]; notice?: string }
  /** The request cannot be searched as given (a filter that is not one); `notice` says why. */
  | { ok: false; notice: string };

/**
 * Lessons that answer a problem described in a person's own words, best first: the
 * similarity engine's analysis (stems, thesaurus concepts) and its index, ranked for a
 * short query, with the sentence that matched. Editor, command line and benchmark call this.
 */
export function findLessonsByProblem(workspace: LessonWorkspace, search: ProblemSearch): ProblemSearchResult {
  const filters = search.filters ?? {};
  const problem = filtersProblem(filters);
  if (problem) return { ok: false, notice: problem };
  const { text, notice } = readProblemQuery(search.query);
  if (text === '') return { ok: true, hits: [], notice: EMPTY_QUERY_NOTICE };
  const similarity = workspace.similarity;
  const terms = similarity.termsOf(text);
  if (terms.length === 0) return { ok: true, hits: [], notice: STOP_WORDS_ONLY_NOTICE };

  const filtered = hasFilters(filters);
  const accept = (uri: string): boolean => {
    if (uri === search.excludeUri) return false;
    if (!filtered) return true;
    const entry = workspace.index.get(uri);
    return entry !== undefined && passesFilters(entry.facts, filters, canonicalLocalityFor(workspace, uri));
  };
  const found = similarity.searchText(text, { top: Math.max(0, Math.floor(search.top)), accept });
  if (found.length === 0) return { ok: true, hits: [], notice: notice ?? (filtered ? NOTHING_IN_FILTERS_NOTICE : NOTHING_MATCHED_NOTICE) };

  const wanted = new Set(terms);
  const best = found[0]!.score;
  const hits: LessonHit[] = [];
  for (const { key, score } of found) {
    const entry = workspace.index.get(key);
    if (!entry) continue;
    const passage = matchedPassage(entry.facts, wanted, (term) => similarity.termWeight(term), similarity.vocabulary);
    hits.push({ entry, score: best > 0 ? score / best : 0, passage });
  }
  return { ok: true, hits, notice };
}

/** A written locality as the name it stands for in the lesson's folder (an alias finds its locality). */
function canonicalLocalityFor(workspace: LessonWorkspace, uri: string): (written: string) => string {
  const config = workspace.configFor(URI.parse(uri).fsPath);
  return (written) => localityNameFor(config, written);
}
